/*
 * Folding makes "Vabandame", "VABANDAME" and "vabandame" one word, and "tänan" the same as "tanan" typed
 * without diacritics. It maps each UTF-16 code unit to exactly one code unit, so an index into the folded
 * text is the same index into the reply: evidence spans need no translation table.
 */

const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ß: 's',
  đ: 'd',
  ø: 'o',
  æ: 'a',
  œ: 'o',
  ı: 'i',
  '’': "'",
  ʼ: "'",
  '‘': "'",
};

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const lower = ch.toLowerCase();
    const base = lower.length === 1 ? lower.normalize('NFD')[0] : undefined;
    out = base !== undefined && base.length === 1 ? base : ch;
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

const NOT_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_ALL = /[\u0080-\uffff]/g;

/** Lower-cases and strips diacritics, keeping the length and every offset of the input. */
export function fold(text: string): string {
  // The engine's own lower-casing is the fast path; it keeps the length for all but a few letters ("İ" → "i̇").
  const lower = text.toLowerCase();
  if (lower.length === text.length) return NOT_ASCII.test(lower) ? lower.replace(NOT_ASCII_ALL, foldChar) : lower;
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string);
  return out;
}
