import type { AnalysedText, Token } from './analyse';
import type { Match, PhraseSet } from './pattern';
import type { Evidence } from '../report';

/** The span of the reply as evidence; text is always the exact slice. */
export function evidence(reply: AnalysedText, start: number, end: number): Evidence {
  return { start, end, text: reply.text.slice(start, end) };
}

export function matchEvidence(reply: AnalysedText, match: Match): Evidence {
  return evidence(reply, match.start, match.end);
}

/** A whole sentence as evidence, trimmed of surrounding white space. */
export function sentenceEvidence(reply: AnalysedText, sentence: number): Evidence {
  const s = reply.sentences[sentence];
  if (!s) return evidence(reply, 0, 0);
  let start = s.start;
  let end = s.end;
  while (start < end && /\s/.test(reply.text[start] as string)) start++;
  while (end > start && /\s/.test(reply.text[end - 1] as string)) end--;
  return evidence(reply, start, end);
}

/** The tokens of a sentence. */
export function sentenceTokens(reply: AnalysedText, sentence: number): Token[] {
  const s = reply.sentences[sentence];
  return s ? reply.tokens.slice(s.firstToken, s.endToken) : [];
}

/** Up to `count` tokens before a match, within its sentence, nearest last. */
export function tokensBefore(reply: AnalysedText, match: Match, count: number): Token[] {
  const s = reply.sentences[match.sentence];
  if (!s) return [];
  return reply.tokens.slice(Math.max(s.firstToken, match.firstToken - count), match.firstToken);
}

/** Up to `count` tokens after a match, within its sentence. */
export function tokensAfter(reply: AnalysedText, match: Match, count: number): Token[] {
  const s = reply.sentences[match.sentence];
  if (!s) return [];
  return reply.tokens.slice(match.lastToken + 1, Math.min(s.endToken, match.lastToken + 1 + count));
}

/** True when one of the negating words stands within `window` words before the match ("me ei saa vabandada"). */
export function isNegated(reply: AnalysedText, match: Match, negators: ReadonlySet<string>, window = 3): boolean {
  return tokensBefore(reply, match, window).some((t) => negators.has(t.norm));
}

/** The sentence ends with a question mark (the raw text, so "?" in the middle of a word run still counts). */
export function endsWithQuestionMark(reply: AnalysedText, sentence: number): boolean {
  const s = reply.sentences[sentence];
  if (!s) return false;
  const text = reply.text.slice(s.start, s.end).trimEnd();
  return /\?[.!?…]*$/.test(text);
}

/** Matches of a phrase set grouped by sentence index. */
export function sentencesWith(reply: AnalysedText, set: PhraseSet): Set<number> {
  return new Set(set.findAll(reply).map((m) => m.sentence));
}

/** The raw (unfolded) text of a token, for rules that care about case. */
export function rawToken(reply: AnalysedText, token: Token): string {
  return reply.text.slice(token.start, token.end);
}
