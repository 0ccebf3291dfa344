/** The languages the engine has packs for, Estonian first: the course it teaches comes from Estonia. */
export const LANGS = ['et', 'en', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
