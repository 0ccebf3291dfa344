import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../src/engine/text/analyse';
import { fold } from '../../src/engine/text/fold';

const words = (text: string) => analyse(text).tokens.map((t) => t.norm);

// The definition of a word, as one regex: what the hand-written scanner must agree with on any text.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu;
const reference = (text: string) =>
  [...fold(text).matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    norm: m[0].replace(/\p{M}/gu, '').replace(/‐/g, '-'),
  }));

describe('splitting a reply into words', () => {
  it('folds case and diacritics, keeping inner apostrophes and hyphens', () => {
    expect(words('Tänan, et KIRJUTASITE! We’re sorry – the e-mail of 24-tunni…')).toEqual([
      'tanan', 'et', 'kirjutasite', "we're", 'sorry', 'the', 'e-mail', 'of', '24-tunni',
    ]);
  });

  it('reads Polish and Estonian letters typed with or without diacritics as one word', () => {
    expect(words('Dziękuję Pani. Dziekuje Pani. Šokolaad ja žürii.')).toEqual([
      'dziekuje', 'pani', 'dziekuje', 'pani', 'sokolaad', 'ja', 'zurii',
    ]);
  });

  it('joins a letter typed with a separate combining mark to the same word as the precomposed letter', () => {
    expect(words('ta\u0308nan')).toEqual(['tanan']);
    expect(words('pa\u2010ev')).toEqual(['pa-ev']);
  });

  it('keeps letters outside the basic plane in the word and leaves emoji and lone surrogates out', () => {
    expect(words('a𝒜b 🙂 x\uD800y')).toEqual(['a𝒜b', 'x', 'y']);
  });

  it('gives every word its place in the reply, so evidence can point at it', () => {
    const text = 'Tere, Mari! Vabandame.';
    for (const t of analyse(text).tokens) expect(fold(text.slice(t.start, t.end))).toBe(t.norm);
  });

  it('agrees with the one-regex definition of a word on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Ä', 'õ', 'ł', ' ', "'", '’', '-', '‐', '\u0308', '1', '.', '🙂', '\uD835', '\uDC9C', '\n') , maxLength: 60 }), (text) => {
        const got = analyse(text).tokens.map(({ start, end, norm }) => ({ start, end, norm }));
        expect(got).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitting a reply into sentences', () => {
  it('ends a sentence at a run of terminators followed by space, and at a line break, not inside a number', () => {
    const reply = analyse('Tere!! Kas see sobib?\nAitäh. Kell 10.30 sobib');
    const texts = reply.sentences.map((s) => reply.text.slice(s.start, s.end).trim()).filter(Boolean);
    expect(texts).toEqual(['Tere!!', 'Kas see sobib?', 'Aitäh.', 'Kell 10.30 sobib']);
  });

  it('puts every word in the sentence that holds it', () => {
    const reply = analyse('Yes. No! Maybe?');
    expect(reply.tokens.map((t) => t.sentence)).toEqual([0, 1, 2]);
  });
});
