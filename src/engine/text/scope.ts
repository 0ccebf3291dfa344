import { ReplyCache, type AnalysedText, type Token } from './analyse';
import type { Match, PhraseSet } from './pattern';
import type { CommonPack } from '../lang/pack';

/*
 * The clause around a phrase, and what stands in it: a negator ("me ei saa pakkuda allahindlust"), a hypothetical
 * ("we could have come right away"), a past tense. A clause ends at punctuation inside the sentence or where a word
 * opens a new one ("…, et", "… that", "…, że"), so "Toome kohe leiba, et laps ei peaks ootama" keeps "kohe"
 * apart from the "ei" of the next clause. Reach is capped on both sides so a reply of one endless sentence costs
 * a bounded amount per match: linear overall.
 */

/** Token indices, both inclusive. */
export interface Scope {
  first: number;
  last: number;
}

const MAX_REACH = 14;

// Punctuation between two words that ends a clause. A colon only breaks before a space ("kell 15:00" is one time,
// "Kirjutasite: …" two clauses), a hyphen only between spaces ("homme - kell 10").
const BREAK_CHARS = new Set([',', ';', '–', '—', '(', ')', '"', '«', '»', '„', '“', '”']);

/** A clause break in text[from, to): a character scan, no slicing, since every gap of every reply is read once. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (BREAK_CHARS.has(ch)) return true;
    if (ch === ':' && i + 1 < to && /\s/.test(text[i + 1] as string)) return true;
    if (ch === '-' && i > from && i + 1 < to && text[i - 1] === ' ' && text[i + 1] === ' ') return true;
  }
  return false;
}

const breaksCache = new ReplyCache<Uint8Array>();

/** breaks[i] = 1 when punctuation that ends a clause stands between token i − 1 and token i. */
function breaks(reply: AnalysedText): Uint8Array {
  const known = breaksCache.get(reply);
  if (known) return known;
  const out = new Uint8Array(reply.tokens.length);
  for (let i = 1; i < reply.tokens.length; i++) {
    const prev = reply.tokens[i - 1] as Token;
    const cur = reply.tokens[i] as Token;
    if (cur.start > prev.end && breaksClause(reply.text, prev.end, cur.start)) out[i] = 1;
  }
  breaksCache.set(reply, out);
  return out;
}

/** The clause holding tokens first..last, within their sentence. */
export function clauseOf(reply: AnalysedText, common: CommonPack, first: number, last = first): Scope {
  const token = reply.tokens[first];
  const sentence = token ? reply.sentences[token.sentence] : undefined;
  if (!token || !sentence) return { first, last };
  const br = breaks(reply);
  let a = first;
  for (let steps = 0; steps < MAX_REACH; steps++) {
    if (a - 1 < sentence.firstToken || br[a] === 1) break;
    if (common.clauseOpeners.has((reply.tokens[a] as Token).norm)) break;
    a--;
  }
  let b = last;
  for (let steps = 0; steps < MAX_REACH; steps++) {
    const next = b + 1;
    if (next >= sentence.endToken || br[next] === 1) break;
    if (common.clauseOpeners.has((reply.tokens[next] as Token).norm)) break;
    b = next;
  }
  return { first: a, last: b };
}

/** findAll, which the set remembers per reply: several rules ask about the same common phrase sets. */
export function matchesOf(reply: AnalysedText, set: PhraseSet): readonly Match[] {
  return set.findAll(reply);
}

const startsCache = new ReplyCache<Map<PhraseSet, Map<number, Match[]>>>();

/** The matches of a set by their first token, so a look inside a clause costs the clause, not the reply. */
function matchesByStart(reply: AnalysedText, set: PhraseSet): Map<number, Match[]> {
  return memo(startsCache, reply, set, () => {
    const index = new Map<number, Match[]>();
    for (const m of matchesOf(reply, set)) {
      const list = index.get(m.firstToken);
      if (list) list.push(m);
      else index.set(m.firstToken, [m]);
    }
    return index;
  });
}

/** Matches of a phrase set that lie inside the scope. */
export function matchesIn(reply: AnalysedText, set: PhraseSet, scope: Scope): Match[] {
  const index = matchesByStart(reply, set);
  if (index.size === 0) return [];
  const out: Match[] = [];
  for (let i = scope.first; i <= scope.last; i++) {
    for (const m of index.get(i) ?? []) if (m.lastToken <= scope.last) out.push(m);
  }
  return out;
}

const coverCache = new ReplyCache<Map<PhraseSet, Uint8Array>>();

/** Whether any match of the set covers a token of the match: exclusions such as "a follow-up cleaning". */
export function overlapsAny(reply: AnalysedText, set: PhraseSet, match: Match): boolean {
  const covered = memo(coverCache, reply, set, () => {
    const flags = new Uint8Array(reply.tokens.length);
    for (const m of matchesOf(reply, set)) flags.fill(1, m.firstToken, m.lastToken + 1);
    return flags;
  });
  for (let i = match.firstToken; i <= match.lastToken; i++) if (covered[i] === 1) return true;
  return false;
}

const sentenceCache = new ReplyCache<Map<PhraseSet, Map<number, number>>>();

/**
 * Whether the set matches in the given sentence, optionally only before an offset ("we'll do our best… never
 * again"). Indexed once per reply: the first match start of each sentence.
 */
export function inSentence(reply: AnalysedText, set: PhraseSet, sentence: number, before = Number.POSITIVE_INFINITY): boolean {
  const firstStart = memo(sentenceCache, reply, set, () => {
    const starts = new Map<number, number>();
    for (const m of matchesOf(reply, set)) {
      const known = starts.get(m.sentence);
      if (known === undefined || m.start < known) starts.set(m.sentence, m.start);
    }
    return starts;
  });
  const start = firstStart.get(sentence);
  return start !== undefined && start < before;
}

/** A value computed once per reply and key (a pack, a scenario's facts), for finders several rules share. */
export function memo<K extends object, V>(cache: ReplyCache<Map<K, V>>, reply: AnalysedText, key: K, compute: () => V): V {
  let perReply = cache.get(reply);
  if (!perReply) {
    perReply = new Map();
    cache.set(reply, perReply);
  }
  let value = perReply.get(key);
  if (value === undefined) {
    value = compute();
    perReply.set(key, value);
  }
  return value;
}

const falseNegCache = new ReplyCache<Uint8Array>();

function inFalseNegation(reply: AnalysedText, common: CommonPack): Uint8Array {
  const known = falseNegCache.get(reply);
  if (known) return known;
  const out = new Uint8Array(reply.tokens.length);
  for (const m of matchesOf(reply, common.falseNegations)) out.fill(1, m.firstToken, m.lastToken + 1);
  falseNegCache.set(reply, out);
  return out;
}

export interface NegationOptions {
  /** How many words before the match, within its clause, a negator may stand. */
  before?: number;
  /** Also look this many words after the match, for languages that negate after the verb ("allahindlust ei saa"). */
  after?: number;
  /** Also count negators between the match's first and last word (off for phrases that hold their own "ei"). */
  inside?: boolean;
  /** Extra words that negate in this rule's sense ("unable", "võimatu"). */
  extra?: ReadonlySet<string>;
  /** The match's clause, when the caller has it already. */
  scope?: Scope;
  /**
   * Words after the match that open a new subject, past which a negator no longer negates it: "Saadame uue koristaja
   * ja Te ei pea maksma" (the customer's "ei pea" says nothing of the cleaner we send).
   */
  stopAfter?: ReadonlySet<string>;
}

/** A negator among tokens from..to (exclusive), outside false negations. */
function anyNegator(
  reply: AnalysedText,
  skip: Uint8Array,
  from: number,
  to: number,
  negators: ReadonlySet<string>,
  extra: ReadonlySet<string> | undefined,
): boolean {
  for (let i = from; i < to; i++) {
    if (skip[i] === 1) continue;
    const norm = (reply.tokens[i] as Token).norm;
    if (negators.has(norm) || (extra?.has(norm) ?? false)) return true;
  }
  return false;
}

/**
 * A negator in the match's clause: anywhere before it, inside it, or just after it. Negators inside a false
 * negation ("at no cost", "bez zwłoki") do not count.
 */
export function negatedInScope(reply: AnalysedText, common: CommonPack, match: Match, options: NegationOptions = {}): boolean {
  const { before = 6, after = 2, inside = true, extra } = options;
  const scope = options.scope ?? clauseOf(reply, common, match.firstToken, match.lastToken);
  const skip = inFalseNegation(reply, common);
  // A negator governs the words just after it: "we are not able to come today", not "…is not acceptable and I will
  // look into it right away".
  const from = Math.max(scope.first, match.firstToken - before);
  if (anyNegator(reply, skip, from, match.firstToken, common.negators, extra)) return true;
  if (inside && anyNegator(reply, skip, match.firstToken + 1, match.lastToken, common.negators, extra)) return true;
  let end = Math.min(scope.last, match.lastToken + after) + 1;
  if (options.stopAfter) {
    for (let i = match.lastToken + 1; i < end; i++) {
      if (options.stopAfter.has((reply.tokens[i] as Token).norm)) end = i;
    }
  }
  return anyNegator(reply, skip, match.lastToken + 1, end, common.negatorsAfter ?? common.negators, extra);
}

/** Tokens of a scope. */
export function scopeTokens(reply: AnalysedText, scope: Scope): Token[] {
  return reply.tokens.slice(scope.first, scope.last + 1);
}

const CLOSING = new Set(['.', '!', '…', '"', "'", '»', '”', ')']);

const questionCache = new ReplyCache<Int8Array>();

/** The sentence reads as a question: a question mark at its end, or a question word opening it ("kas", "czy"). */
export function isQuestion(reply: AnalysedText, common: CommonPack, sentence: number): boolean {
  let known = questionCache.get(reply);
  if (!known) {
    known = new Int8Array(reply.sentences.length).fill(-1);
    questionCache.set(reply, known);
  }
  const cached = known[sentence];
  if (cached === undefined) return false;
  if (cached !== -1) return cached === 1;
  const answer = judgeQuestion(reply, common, sentence);
  known[sentence] = answer ? 1 : 0;
  return answer;
}

function judgeQuestion(reply: AnalysedText, common: CommonPack, sentence: number): boolean {
  const s = reply.sentences[sentence];
  if (!s) return false;
  // A backward scan over the closing marks, not a regex: "?!?!…" repeated must stay linear.
  for (let i = s.end - 1; i >= s.start; i--) {
    const ch = reply.text[i] as string;
    if (ch === '?') return true;
    if (!CLOSING.has(ch) && !/\s/.test(ch)) break;
  }
  const first = reply.tokens[s.firstToken];
  return first !== undefined && s.firstToken < s.endToken && common.questionOpeners.has(first.norm);
}

/** Overlapping matches as one, in reply order: "nagu ma juba ütlesin" and "ma juba ütlesin" are one piece of evidence. */
export function mergeOverlapping(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) out[out.length - 1] = { ...last, end: m.end, lastToken: m.lastToken };
    } else {
      out.push(m);
    }
  }
  return out;
}
