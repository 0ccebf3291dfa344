import { fold } from './fold';

export interface Token {
  /** Folded form: lower case, no diacritics. */
  norm: string;
  start: number;
  end: number;
  sentence: number;
  /** Index of the token in the reply. */
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  firstToken: number;
  endToken: number;
}

/** The reply, tokenised once and shared by every rule. */
export interface AnalysedText {
  text: string;
  folded: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Results computed once per reply and shared by the rules (a phrase set's matches), keyed by their owner. */
  memo: Map<object, unknown>;
}

export const PREFIX_KEY = 3;

// A word: letters, digits and combining marks, with inner apostrophes ("don't", "we're") and inner hyphens ("e-mail",
// "24-tunni") kept in it. Scanned by hand with a per-character table: a Unicode-class regex over a reply with any
// letter beyond Latin-1 runs several times slower.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const COMBINING = /\p{M}/u;
const COMBINING_ALL = /\p{M}/gu;
const UNICODE_HYPHEN = /‐/g;
const JOINERS = new Set([0x27, 0x2019, 0x2d, 0x2010]);
/** Per UTF-16 unit below the surrogates: 0 not yet known, 1 part of a word, 2 not. Filled on first sight. */
const WORD_UNIT = new Uint8Array(0xd800);

/** How many code units of a word character start at i: 0 (none), 1, or 2 for a letter outside the BMP. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800) {
    let known = WORD_UNIT[c] as number;
    if (known === 0) {
      known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      WORD_UNIT[c] = known;
    }
    return known === 1 ? 1 : 0;
  }
  if (c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c <= 0xdfff) return 0;
  return WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
}

/**
 * Whether the last word wordEnd walked held a unit from U+0300 on, where combining marks and the Unicode hyphen live:
 * only such words need the regex clean-up, and most words of a reply are plain.
 */
let lastWordExotic = false;

/** The end of the word that starts at i (i holds a word character). */
function wordEnd(text: string, i: number): number {
  lastWordExotic = false;
  for (;;) {
    let width = wordCharAt(text, i);
    while (width > 0) {
      if (text.charCodeAt(i) >= 0x300) lastWordExotic = true;
      i += width;
      width = wordCharAt(text, i);
    }
    const joiner = text.charCodeAt(i);
    if (JOINERS.has(joiner) && wordCharAt(text, i + 1) > 0) {
      if (joiner >= 0x300) lastWordExotic = true;
      i++;
    } else return i;
  }
}

const TERMINATORS = new Set(['.', '!', '?', '…', ';']);
/** Where a sentence may end: one terminator or line break at a time, so the regex never backtracks. */
const BREAK_CANDIDATE = /[.!?…;\n]/g;

/**
 * A sentence ends after a run of ., !, ?, … or ; followed by white space or the end, or at a line break.
 * The regex only jumps to the next candidate character; the run is walked by hand, so a run of 100,000 "!"
 * costs one pass, not a backtracking search.
 */
function splitSentences(text: string): number[] {
  // Start and end of each sentence, flat: a reply of 16,000 one-word sentences makes no 16,000 little arrays.
  const bounds: number[] = [];
  let start = 0;
  BREAK_CANDIDATE.lastIndex = 0;
  for (let m = BREAK_CANDIDATE.exec(text); m !== null; m = BREAK_CANDIDATE.exec(text)) {
    const i = m.index;
    if (text[i] === '\n') {
      bounds.push(start, i + 1);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && TERMINATORS.has(text[j] as string)) j++;
    if (j === text.length || /\s/.test(text[j] as string)) {
      bounds.push(start, j);
      start = j;
    }
    BREAK_CANDIDATE.lastIndex = j;
  }
  if (start < text.length) bounds.push(start, text.length);
  return bounds;
}

export function analyse(text: string): AnalysedText {
  const folded = fold(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];

  const bounds = splitSentences(folded);
  let sentence = 0;
  let firstToken = 0;
  const closeSentencesBefore = (offset: number): void => {
    while (2 * sentence < bounds.length && (bounds[2 * sentence + 1] as number) <= offset) {
      const start = bounds[2 * sentence] as number;
      const end = bounds[2 * sentence + 1] as number;
      sentences.push({ start, end, firstToken, endToken: tokens.length });
      firstToken = tokens.length;
      sentence++;
    }
  };
  for (let i = 0; i < folded.length; ) {
    if (wordCharAt(folded, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(folded, start);
    closeSentencesBefore(start);
    let norm = folded.slice(start, i);
    // Replies typed in decomposed form ("a" + combining diaeresis) fold to the same word as precomposed ones.
    if (lastWordExotic) {
      if (COMBINING.test(norm)) norm = norm.replace(COMBINING_ALL, '');
      if (norm.includes('‐')) norm = norm.replace(UNICODE_HYPHEN, '-');
    }
    tokens.push({ norm, start, end: i, sentence, index: tokens.length });
  }
  closeSentencesBefore(Number.POSITIVE_INFINITY);
  return { text, folded, tokens, sentences, memo: new Map() };
}

export interface WordIndex {
  /** Token positions by folded word, for O(1) look-up of a pattern's first word. */
  byWord: Map<string, number[]>;
  /** Token positions by the first three letters, for prefix patterns. */
  byPrefix: Map<string, number[]>;
}

/**
 * A value computed once per reply and shared by the rules, kept in the reply's own memo: a drop-in for a WeakMap
 * keyed by the reply, without the cost a WeakMap entry per reply puts on the garbage collector.
 */
export class ReplyCache<V> {
  get(reply: AnalysedText): V | undefined {
    return reply.memo.get(this) as V | undefined;
  }

  set(reply: AnalysedText, value: V): this {
    reply.memo.set(this, value);
    return this;
  }
}

const wordIndexes = new ReplyCache<WordIndex>();

/**
 * The reply's words indexed for a phrase set searched on its own (a scenario's facts). Built on first use: the
 * pack's sets are found by the pack-wide index, which walks the tokens instead.
 */
export function wordIndex(reply: AnalysedText): WordIndex {
  let index = wordIndexes.get(reply);
  if (!index) {
    index = { byWord: new Map(), byPrefix: new Map() };
    for (const t of reply.tokens) {
      push(index.byWord, t.norm, t.index);
      push(index.byPrefix, t.norm.slice(0, PREFIX_KEY), t.index);
    }
    wordIndexes.set(reply, index);
  }
  return index;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
