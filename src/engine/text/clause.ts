import { ReplyCache, type AnalysedText, type Token } from './analyse';
import type { Match } from './pattern';

/*
 * Clause-aware look-arounds. A sentence often holds two clauses ("Me ei saanud tulla, vabandame"), and a negator
 * or a "but" belongs to its own clause: looking across a comma would read "ei" as negating "vabandame".
 */

// A comma, semicolon, colon or dash between two words ends the first clause.
const CLAUSE_BREAK = /[,;:–—(]|\s-\s/;

/** True when punctuation that ends a clause stands in the reply between two offsets. */
export function clauseBreakBetween(reply: AnalysedText, from: number, to: number): boolean {
  return from < to && CLAUSE_BREAK.test(reply.text.slice(from, to));
}

/** The end offset of the last clause break in [from, to), or -1: one backward scan. */
export function lastClauseBreak(reply: AnalysedText, from: number, to: number): number {
  const text = reply.text;
  for (let i = to - 1; i >= from; i--) {
    const ch = text[i] as string;
    if (',;:–—('.includes(ch)) return i + 1;
    if (ch === '-' && i > from && i + 1 < to && /\s/.test(text[i - 1] as string) && /\s/.test(text[i + 1] as string)) return i + 1;
  }
  return -1;
}

/** Up to `count` tokens before the match within its clause, nearest last. */
export function clauseBefore(reply: AnalysedText, match: Match, count: number): Token[] {
  const s = reply.sentences[match.sentence];
  if (!s) return [];
  const out: Token[] = [];
  let end = match.start;
  for (let i = match.firstToken - 1; i >= s.firstToken && out.length < count; i--) {
    const t = reply.tokens[i] as Token;
    if (clauseBreakBetween(reply, t.end, end)) break;
    out.unshift(t);
    end = t.start;
  }
  return out;
}

/** Up to `count` tokens after the match within its sentence, stopping at a clause break when `clause` is set. */
export function after(reply: AnalysedText, match: Match, count: number, clause = false): Token[] {
  const s = reply.sentences[match.sentence];
  if (!s) return [];
  const out: Token[] = [];
  let start = match.end;
  for (let i = match.lastToken + 1; i < s.endToken && out.length < count; i++) {
    const t = reply.tokens[i] as Token;
    if (clause && clauseBreakBetween(reply, start, t.start)) break;
    out.push(t);
    start = t.end;
  }
  return out;
}

/** A negator within `window` words before the match, in the same clause ("me ei saa vabandada"). */
export function negatedInClause(reply: AnalysedText, match: Match, negators: ReadonlySet<string>, window = 4): boolean {
  return clauseBefore(reply, match, window).some((t) => negators.has(t.norm));
}

const questions = new ReplyCache<boolean[]>();

/**
 * Whether a sentence ends with "?" (after any run of terminators), like context.endsWithQuestionMark but computed for
 * every sentence in one pass and cached: rules that ask it per match stay linear on a reply that is one long sentence.
 */
export function isQuestion(reply: AnalysedText, sentence: number): boolean {
  let flags = questions.get(reply);
  if (!flags) {
    flags = reply.sentences.map((s) => {
      let i = s.end - 1;
      while (i >= s.start && /\s/.test(reply.text[i] as string)) i--;
      for (; i >= s.start; i--) {
        const ch = reply.text[i] as string;
        if (ch === '?') return true;
        if (!'.!…'.includes(ch)) return false;
      }
      return false;
    });
    questions.set(reply, flags);
  }
  return flags[sentence] ?? false;
}

/** Whether two matches overlap in the reply. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
