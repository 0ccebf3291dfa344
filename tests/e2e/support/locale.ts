import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../src/engine/languages';

/*
 * The UI strings as the locale files hold them, so the tests find controls by the words a user sees in each
 * language and follow the copy when it is reworded.
 */

const LOCALE_DIR = join(process.cwd(), 'locales');

type Tree = { [key: string]: string | Tree };

const cache = new Map<string, Tree>();

function namespace(lang: Lang, ns: string): Tree {
  const key = `${lang}/${ns}`;
  let tree = cache.get(key);
  if (!tree) {
    tree = JSON.parse(readFileSync(join(LOCALE_DIR, lang, `${ns}.json`), 'utf8')) as Tree;
    cache.set(key, tree);
  }
  return tree;
}

/**
 * A UI string: t('en', 'player:composer.send'), with {{name}} filled in; a `count` picks the _one/_other form
 * the way i18next does for English and Estonian.
 */
export function t(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: string | Tree | undefined = namespace(lang, ns);
  const parts = path.split('.');
  for (const [index, part] of parts.entries()) {
    if (typeof node !== 'object') break;
    const last = index === parts.length - 1;
    const plural = last && typeof values.count === 'number' ? (values.count === 1 ? `${part}_one` : `${part}_other`) : part;
    node = node[plural] ?? node[part];
  }
  if (typeof node !== 'string') throw new Error(`locales/${lang}/${ns}.json has no string "${path}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Every string of every namespace of a language, by "namespace:dotted.key". */
export function allStrings(lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (ns: string, tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(`${ns}:${path}`, value);
      else walk(ns, value, path);
    }
  };
  for (const file of readdirSync(join(LOCALE_DIR, lang))) {
    if (!file.endsWith('.json')) continue;
    const ns = file.replace(/\.json$/, '');
    walk(ns, namespace(lang, ns), '');
  }
  return out;
}

/** A pattern matching the text exactly, for role-and-name queries with dynamic parts. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
