import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/engine/languages';
import { PROHIBITIONS, RULE_IDS, type RuleId } from '../../src/engine/rule-ids';
import { scenarioSchema } from '../../src/scenario/schema';
import { RESET_REASONS, STORE_LABELS } from '../../src/store/safe-storage';
import { MODES, TEXT_SIZES } from '../../src/store/settings-store';
import { CHANNELS, DIFFICULTIES, PROFILES, SETTINGS } from '../../src/ui/common/scenario-vocabulary';

/*
 * Every visible string lives in locales/<lang>/<namespace>.json. These tests fail when a key is missing
 * from a language, when a language lacks a plural form its grammar needs, when translations disagree on
 * their {{placeholders}}, and when a key is used nowhere in src/. Keys built at run time from a closed
 * list (channels, rule ids…) are checked against that list instead.
 */

const ROOT = join(__dirname, '../..');
const LOCALES = join(ROOT, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, String(value));
  return out;
}

const namespaces = [...new Set(LANGS.flatMap((lang) => readdirSync(join(LOCALES, lang))))]
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

const strings = new Map<string, Flat>(); // "<lang>/<ns>" → keys
for (const lang of LANGS) {
  for (const ns of namespaces) {
    const file = join(LOCALES, lang, `${ns}.json`);
    let flat: Flat = new Map();
    try {
      flat = flatten(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A missing or broken file shows up below as missing keys.
    }
    strings.set(`${lang}/${ns}`, flat);
  }
}

const baseKey = (key: string) => key.replace(PLURAL, '');
const baseKeys = (lang: string, ns: string) => new Set([...(strings.get(`${lang}/${ns}`)?.keys() ?? [])].map(baseKey));
const placeholders = (text: string) => [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it.each(namespaces)('%s: every key exists in every language', (ns) => {
    const all = new Set(LANGS.flatMap((lang) => [...baseKeys(lang, ns)]));
    const missing = LANGS.flatMap((lang) => {
      const have = baseKeys(lang, ns);
      return [...all].filter((key) => !have.has(key)).map((key) => `${lang}/${ns}.json: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it.each(namespaces)('%s: plural keys have exactly the forms each language needs', (ns) => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      const keys = [...(strings.get(`${lang}/${ns}`)?.keys() ?? [])];
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const plurals = new Set(keys.filter((key) => PLURAL.test(key)).map(baseKey));
      for (const base of plurals) {
        for (const form of needed) if (!keys.includes(`${base}_${form}`)) problems.push(`${lang}/${ns}: ${base}_${form} missing`);
        for (const key of keys.filter((k) => baseKey(k) === base && k !== base)) {
          const form = PLURAL.exec(key)?.[1] ?? '';
          if (form !== 'zero' && !needed.includes(form as Intl.LDMLPluralRule)) problems.push(`${lang}/${ns}: ${key} is never used in ${lang}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // A translation may leave a placeholder out (grammar sometimes wants "the customer" over a name);
  // one English lacks would show as raw {{braces}}, since the code only passes what English uses.
  it.each(namespaces)('%s: translations are non-empty and use no placeholder English lacks', (ns) => {
    const problems: string[] = [];
    const english = strings.get(`en/${ns}`) ?? new Map<string, string>();
    for (const lang of LANGS) {
      for (const [key, text] of strings.get(`${lang}/${ns}`) ?? []) {
        if (text.trim() === '') problems.push(`${lang}/${ns}: ${key} is empty`);
        const reference = english.get(key) ?? english.get(`${baseKey(key)}_other`);
        if (reference === undefined) continue;
        const known = new Set([...placeholders(reference), ...(PLURAL.test(key) ? ['count'] : [])]);
        const unknown = placeholders(text).filter((p) => !known.has(p));
        if (unknown.length > 0) problems.push(`${lang}/${ns}: ${key} uses {{${unknown.join('}}, {{')}}}, which English does not`);
      }
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Which keys the code uses

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const source = sourceFiles(join(ROOT, 'src'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
/** Every quoted string in src/, e.g. 'nav.catalogue', "common:loading". */
const literals = new Set([...source.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$\n]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));
/** The fixed start of every template string that builds a key, e.g. `common:channel.${…}` → "common:channel." */
const dynamicPrefixes = [...source.matchAll(/`([\w.:-]+)\$\{/g)].map((m) => m[1] ?? '');

function isUsed(ns: string, key: string): boolean {
  const base = baseKey(key);
  if (literals.has(base) || literals.has(`${ns}:${base}`)) return true;
  return dynamicPrefixes.some((prefix) => {
    const [prefixNs, prefixKey] = prefix.includes(':') ? prefix.split(':') : [undefined, prefix];
    return (prefixNs === undefined || prefixNs === ns) && prefixKey !== undefined && prefixKey !== '' && base.startsWith(prefixKey);
  });
}

/** Namespaces whose keys the engine's data builds (rule ids, verdicts): checked against its lists below. */
const ENGINE_NAMESPACES = ['rules', 'tips'];

describe('keys in use', () => {
  it.each(namespaces.filter((ns) => !ENGINE_NAMESPACES.includes(ns)))('%s: every key is used somewhere in src/', (ns) => {
    const unused = [...baseKeys('en', ns)].filter((key) => !isUsed(ns, key));
    expect(unused).toEqual([]);
  });
});

const outcomes = scenarioSchema.shape.conversation.shape.endings.element.shape.outcome.options;

/** Families of keys built from a closed list: each value needs a key, and no key may lack a value. */
const families: { ns: string; prefix: string; values: readonly string[]; exact?: boolean }[] = [
  { ns: 'common', prefix: 'channel', values: CHANNELS, exact: true },
  { ns: 'common', prefix: 'setting', values: SETTINGS, exact: true },
  { ns: 'common', prefix: 'difficulty', values: DIFFICULTIES, exact: true },
  { ns: 'common', prefix: 'profile', values: PROFILES, exact: true },
  { ns: 'common', prefix: 'outcome', values: outcomes, exact: true },
  { ns: 'common', prefix: 'mode', values: MODES, exact: true },
  { ns: 'common', prefix: 'language.names', values: LANGS, exact: true },
  { ns: 'common', prefix: 'language.self', values: LANGS, exact: true },
  { ns: 'common', prefix: 'storage.reset.title', values: STORE_LABELS, exact: true },
  { ns: 'common', prefix: 'storage.reset.reason', values: RESET_REASONS, exact: true },
  { ns: 'settings', prefix: 'mode.hint', values: MODES, exact: true },
  { ns: 'settings', prefix: 'textSize', values: TEXT_SIZES },
];

describe('keys built from closed lists', () => {
  it.each(families)('$ns $prefix: one key per value of its list, in every language', ({ ns, prefix, values, exact }) => {
    for (const lang of LANGS) {
      const under = [...baseKeys(lang, ns)].filter((key) => key.startsWith(`${prefix}.`)).map((key) => key.slice(prefix.length + 1));
      expect(under, `${lang}/${ns}: ${prefix}.*`).toEqual(expect.arrayContaining([...values]));
      if (exact) expect([...under].sort(), `${lang}/${ns}: ${prefix}.*`).toEqual([...values].sort());
    }
  });

  it('lists the same channels, settings, difficulties and profiles as the scenario schema', () => {
    const shape = scenarioSchema.shape;
    expect([...CHANNELS].sort()).toEqual([...shape.channel.options].sort());
    expect([...SETTINGS].sort()).toEqual([...shape.setting.options].sort());
    expect([...DIFFICULTIES].sort()).toEqual([...shape.difficulty.options].sort());
    expect([...PROFILES].sort()).toEqual([...shape.customer.shape.profile.element.options].sort());
  });
});

/** The verdicts a rule can get, hence the tips the engine can ask for (report.tip = "<rule>.<verdict>"). */
function verdictsOf(id: RuleId): string[] {
  if ((PROHIBITIONS as readonly string[]).includes(id)) return ['met', 'violated'];
  return id === 'apologise' ? ['met', 'missed', 'violated'] : ['met', 'missed'];
}

describe('rule names and tips (written by the engine authors)', () => {
  it.each(LANGS)('%s: every rule has a name and a summary', (lang) => {
    const keys = baseKeys(lang, 'rules');
    const missing = RULE_IDS.flatMap((id) => [`${id}.name`, `${id}.summary`]).filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('%s: every verdict a rule can get has a tip', (lang) => {
    const keys = baseKeys(lang, 'tips');
    const missing = RULE_IDS.flatMap((id) => verdictsOf(id).map((verdict) => `${id}.${verdict}`)).filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
  });
});
