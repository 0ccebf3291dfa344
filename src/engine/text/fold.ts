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

/** Lower-cases and strips diacritics, keeping the length and every offset of the input. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most replies are mostly ASCII.
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else {
      out += foldChar(text[i] as string);
    }
  }
  return out;
}
