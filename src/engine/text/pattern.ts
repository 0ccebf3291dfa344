import { fold } from './fold';
import { PREFIX_KEY, wordIndex, type AnalysedText, type Token } from './analyse';

/*
 * The phrase patterns that language packs and scenario files are written in:
 *   "vabanda* ebameeldivus*"  words in order within one sentence, at most MAX_GAP other words between them;
 *   "mul_on_kahju"            "_" joins words that must follow each other directly;
 *   "tanan|aitah|tanud"       "|" gives alternatives for one word;
 *   "koristaja*"              "*" at the end of a word matches by prefix (inflected forms);
 *   "#num"                    any number ("15", "10.30" is two numbers).
 * "|" binds to one word only: "jutro|w_niedziele" is [jutro|w] then [niedziele]; write multi-word alternatives
 * as separate patterns.
 * Matching is case- and diacritic-insensitive (patterns are folded like replies), and linear in the reply:
 * the first word is looked up in the reply's word index, so only real candidates are extended.
 */

export const MAX_GAP = 3;

export interface Alternative {
  text: string;
  prefix: boolean;
  number: boolean;
  /** The first PREFIX_KEY letters, the reply's prefix index key, computed once. */
  key: string;
}

export interface Slot {
  alternatives: Alternative[];
  /** How many other words may stand between the previous slot and this one. */
  gap: number;
  /** The alternatives sorted for a quick test: whole words in a set, prefixes and numbers apart. */
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  number: boolean;
}

export interface Pattern {
  source: string;
  slots: Slot[];
}

export interface Match {
  pattern: string;
  /** Token indices, first and last, inclusive. */
  firstToken: number;
  lastToken: number;
  sentence: number;
  start: number;
  end: number;
}

const NUMBER = /^\d+$/;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

function parseAlternative(raw: string): Alternative {
  if (raw === '#num') return { text: '', prefix: false, number: true, key: '' };
  const prefix = raw.endsWith('*');
  const text = fold(prefix ? raw.slice(0, -1) : raw);
  return { text, prefix, number: false, key: text.slice(0, PREFIX_KEY) };
}

export function compilePattern(source: string, maxGap = MAX_GAP): Pattern {
  const slots: Slot[] = [];
  for (const group of source.trim().split(/\s+/)) {
    group.split('_').forEach((word, i) => {
      if (word === '') return;
      const alternatives = word.split('|').filter(Boolean).map(parseAlternative);
      slots.push({
        alternatives,
        gap: slots.length === 0 ? 0 : i === 0 ? maxGap : 0,
        words: new Set(alternatives.filter((a) => !a.prefix && !a.number).map((a) => a.text)),
        prefixes: alternatives.filter((a) => a.prefix).map((a) => a.text),
        number: alternatives.some((a) => a.number),
      });
    });
  }
  return { source, slots };
}

export function matchesAlternative(word: string, alt: Alternative): boolean {
  // The first-character check spares a regex call on every word when "#num" scans a long reply.
  if (alt.number) return isDigit(word.charCodeAt(0)) && NUMBER.test(word);
  return alt.prefix ? word.startsWith(alt.text) : word === alt.text;
}

function matchesSlot(word: string, slot: Slot): boolean {
  if (slot.words.has(word)) return true;
  for (const prefix of slot.prefixes) if (word.startsWith(prefix)) return true;
  return slot.number && isDigit(word.charCodeAt(0)) && NUMBER.test(word);
}

/** Extends a match from the first slot; greedy on the nearest fit, which is enough for short phrases. */
function extend(reply: AnalysedText, pattern: Pattern, first: number): number | undefined {
  const sentence = (reply.tokens[first] as { sentence: number }).sentence;
  let last = first;
  for (let s = 1; s < pattern.slots.length; s++) {
    const slot = pattern.slots[s] as Slot;
    let found: number | undefined;
    for (let i = last + 1; i <= last + 1 + slot.gap && i < reply.tokens.length; i++) {
      const token = reply.tokens[i] as { norm: string; sentence: number };
      if (token.sentence !== sentence) break;
      if (matchesSlot(token.norm, slot)) {
        found = i;
        break;
      }
    }
    if (found === undefined) return undefined;
    last = found;
  }
  return last;
}

/** A first-slot alternative of one pattern, in the set's index. */
export interface Entry {
  pattern: number;
  alt: Alternative;
}

function pushEntry(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * A compiled list of patterns, e.g. all the ways a language says "thank you".
 * The patterns' first words are indexed, so finding every match costs a look-up per pattern or per distinct
 * word of the reply, whichever is fewer; and the matches are kept per reply, since several rules ask the same set.
 */
export class PhraseSet {
  readonly patterns: Pattern[];
  private readonly exact = new Map<string, Entry[]>();
  private readonly prefixed = new Map<string, Entry[]>();
  /** Numbers and prefixes shorter than the index key: matched by a scan of the reply. */
  private readonly scanned: Entry[] = [];
  private readonly primers: Array<{ index: object; slot: number }> = [];

  constructor(sources: readonly string[], maxGap = MAX_GAP) {
    this.patterns = sources.map((s) => compilePattern(s, maxGap));
    this.patterns.forEach((p, pattern) => {
      for (const alt of p.slots[0]?.alternatives ?? []) {
        if (alt.number || (alt.prefix && alt.text.length < PREFIX_KEY)) this.scanned.push({ pattern, alt });
        else if (alt.prefix) pushEntry(this.prefixed, alt.key, { pattern, alt });
        else pushEntry(this.exact, alt.text, { pattern, alt });
      }
    });
  }

  /** Every match of every pattern, in reply order (longer first at the same start). Shared: do not mutate. */
  findAll(reply: AnalysedText): readonly Match[] {
    const known = reply.memo.get(this) as readonly Match[] | undefined;
    if (known) return known;
    for (const { index, slot } of this.primers) {
      const hits = reply.memo.get(index) as ReadonlyArray<number[] | undefined> | undefined;
      if (hits) return this.resolve(reply, hits[slot] ?? NO_STARTS);
    }
    return this.resolve(reply, this.starts(reply));
  }

  /**
   * Lets an index over many sets (phrase-index.ts) hand this set its candidate starts: after the index has primed a
   * reply, its memo entry holds them in `slot`, and they are turned into matches only if a rule asks for this set.
   */
  primedBy(index: object, slot: number): void {
    this.primers.push({ index, slot });
  }

  /** The first-slot alternatives of every pattern, for an index over many sets (phrase-index.ts). */
  firstWords(): Entry[] {
    const entries: Entry[] = [];
    this.patterns.forEach((p, pattern) => {
      for (const alt of p.slots[0]?.alternatives ?? []) entries.push({ pattern, alt });
    });
    return entries;
  }

  /**
   * Turns candidate starts (pattern × TOKEN_SPAN + token, found here or by an index over many sets) into the
   * matches of this reply, and remembers them for the rules that ask next.
   */
  private resolve(reply: AnalysedText, hits: readonly number[]): readonly Match[] {
    if (hits.length === 0) return NO_MATCHES;
    const matches = this.match(reply, sortNumbers(hits));
    reply.memo.set(this, matches);
    return matches;
  }

  /** Matches inside one sentence. */
  findInSentence(reply: AnalysedText, sentence: number): Match[] {
    return this.findAll(reply).filter((m) => m.sentence === sentence);
  }

  has(reply: AnalysedText): boolean {
    return this.findAll(reply).length > 0;
  }

  /**
   * Where a pattern may start: pattern index and first token packed into one number (pattern × 2^24 + token),
   * so one numeric sort orders them by pattern, then by position.
   */
  private starts(reply: AnalysedText): number[] {
    const hits: number[] = [];
    const { tokens } = reply;
    const { byWord, byPrefix } = wordIndex(reply);
    if (this.exact.size + this.prefixed.size <= byWord.size + byPrefix.size) {
      for (const [word, entries] of this.exact) {
        const positions = byWord.get(word);
        if (positions) for (const e of entries) for (const i of positions) hits.push(e.pattern * TOKEN_SPAN + i);
      }
      for (const [key, entries] of this.prefixed) {
        const positions = byPrefix.get(key);
        if (!positions) continue;
        for (const e of entries) {
          for (const i of positions) if ((tokens[i] as Token).norm.startsWith(e.alt.text)) hits.push(e.pattern * TOKEN_SPAN + i);
        }
      }
    } else {
      for (const [word, positions] of byWord) {
        const entries = this.exact.get(word);
        if (entries) for (const e of entries) for (const i of positions) hits.push(e.pattern * TOKEN_SPAN + i);
      }
      for (const [key, positions] of byPrefix) {
        const entries = this.prefixed.get(key);
        if (!entries) continue;
        for (const e of entries) {
          for (const i of positions) if ((tokens[i] as Token).norm.startsWith(e.alt.text)) hits.push(e.pattern * TOKEN_SPAN + i);
        }
      }
    }
    for (const e of this.scanned) {
      for (const t of tokens) if (matchesAlternative(t.norm, e.alt)) hits.push(e.pattern * TOKEN_SPAN + t.index);
    }
    return hits;
  }

  private match(reply: AnalysedText, hits: ArrayLike<number>): readonly Match[] {
    if (hits.length === 0) return NO_MATCHES;
    const matches: Match[] = [];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as number;
      // Two alternatives of one first word can fit the same token ("tanan|tan*"): one start is enough.
      if (h > 0 && hits[h - 1] === hit) continue;
      const pattern = this.patterns[Math.floor(hit / TOKEN_SPAN)] as Pattern;
      const first = hit % TOKEN_SPAN;
      const last = extend(reply, pattern, first);
      if (last === undefined) continue;
      const a = reply.tokens[first] as Token;
      const b = reply.tokens[last] as Token;
      matches.push({ pattern: pattern.source, firstToken: first, lastToken: last, sentence: a.sentence, start: a.start, end: b.end });
    }
    // A stable sort: at the same span, the earlier pattern of the set comes first.
    return sortMatches(matches);
  }
}

/** Candidate starts are packed as pattern × TOKEN_SPAN + token; replies stay far below 2^24 tokens. */
export const TOKEN_SPAN = 2 ** 24;
const NO_MATCHES: readonly Match[] = Object.freeze([]);
const NO_STARTS: readonly number[] = Object.freeze([]);
const byPosition = (a: Match, b: Match): number => a.start - b.start || b.end - a.end;

/*
 * A set's candidates and matches are a handful per reply, and mostly in order already: an insertion sort does them
 * without the allocation and call overhead of the built-in sorts, and falls back to those for a long list.
 */
const SHORT = 24;

function sortNumbers(list: readonly number[]): ArrayLike<number> {
  if (list.length > SHORT) return new Float64Array(list).sort();
  const out = list.slice();
  for (let i = 1; i < out.length; i++) {
    const x = out[i] as number;
    let j = i - 1;
    for (; j >= 0 && (out[j] as number) > x; j--) out[j + 1] = out[j] as number;
    out[j + 1] = x;
  }
  return out;
}

/** Stable, like Array.prototype.sort: at the same span, the earlier pattern of the set stays first. */
function sortMatches(list: Match[]): Match[] {
  if (list.length > SHORT) return list.sort(byPosition);
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as Match;
    let j = i - 1;
    for (; j >= 0 && byPosition(list[j] as Match, x) > 0; j--) list[j + 1] = list[j] as Match;
    list[j + 1] = x;
  }
  return list;
}

/** Shorthand for language packs: phrases('tänan', 'aitäh', 'suur_tänu'). */
export function phrases(...sources: string[]): PhraseSet {
  return new PhraseSet(sources);
}
