import type { Page } from '@playwright/test';
import type { Lang } from '../../../src/engine/languages';
import { RULE_IDS, VERDICTS } from '../../../src/engine/rule-ids';
import { allStrings } from './locale';

/*
 * Finds UI strings of one language left on a screen shown in another: every text node and every text-bearing
 * attribute (aria-label, title, placeholder, alt, aria-valuetext) is checked, screen-reader-only text included.
 * Text marked with another language (lang="en" on an autonym, a scenario played in English) is left out.
 */

/** The static parts of a string worth looking for: interpolations removed, at least three letters long. */
function fragments(value: string): string[] {
  return value
    .split(/\{\{[^}]*\}\}|\$t\([^)]*\)/)
    .map((part) => part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((part) => (part.match(/\p{L}/gu) ?? []).length >= 3);
}

function containsWord(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    from = at + 1;
  }
}

/** The text a user (sighted or with a screen reader) meets on the page, in the page's language. */
export async function pageTexts(page: Page, pageLang: Lang): Promise<string[]> {
  return page.evaluate((lang) => {
    const texts: string[] = [document.title];
    const inOtherLang = (el: Element | null) => {
      const marked = el?.closest('[lang]');
      return marked !== null && marked !== undefined && marked !== document.documentElement && !marked.getAttribute('lang')?.startsWith(lang);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, textarea') || inOtherLang(parent)) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]')) {
      if (inOtherLang(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  }, pageLang);
}

/**
 * Strings of `foreign` (e.g. English) found on the page shown in `shown` (e.g. Estonian), as "key: text".
 * A string that the shown language's own files also use (a name, "OK") is not counted.
 */
export async function foreignStrings(page: Page, shown: Lang, foreign: Lang): Promise<string[]> {
  const texts = (await pageTexts(page, shown)).join('\n');
  const own = [...allStrings(shown).values()].join('\n');
  const found: string[] = [];
  for (const [key, value] of allStrings(foreign)) {
    for (const fragment of fragments(value)) {
      if (containsWord(own, fragment)) continue;
      if (containsWord(texts, fragment)) found.push(`${key}: "${fragment}"`);
    }
  }
  return found;
}

/**
 * Translation keys shown instead of words (i18next shows the key when a string is missing), e.g. "apologise.name"
 * or "checklist.title". Rule and tip keys are built from the engine's ids, so those are generated here too.
 */
export async function rawKeys(page: Page, shown: Lang): Promise<string[]> {
  const keys = new Set<string>();
  for (const key of allStrings('en').keys()) {
    const [, path = key] = key.split(':', 2);
    if (path.includes('.')) keys.add(path.replace(/_(one|other|few|many)$/, ''));
  }
  for (const id of RULE_IDS) {
    for (const suffix of ['name', 'summary', ...VERDICTS]) keys.add(`${id}.${suffix}`);
  }
  const texts = await pageTexts(page, shown);
  return texts.flatMap((text) =>
    [...keys].filter((key) => text.includes(key) && !/[\p{L}\d-]/u.test(text[text.indexOf(key) + key.length] ?? ' ')).map((key) => `"${key}" in "${text.slice(0, 80)}"`),
  );
}
