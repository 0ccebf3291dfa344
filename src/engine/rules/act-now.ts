import { met, missed, type Rule, type RuleContext } from '../rule';
import { matchEvidence } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import { ReplyCache, type AnalysedText, type Token } from '../text/analyse';
import { clauseOf, inSentence, matchesIn, matchesOf, memo, negatedInScope, overlapsAny, type Scope } from '../text/scope';

export interface ActNowPack {
  /** Times that lie ahead by their meaning: "homme", "hiljemalt reedeks", "tomorrow", "w ciągu 24 godzin". */
  future: PhraseSet;
  /**
   * Units and months that name a time after a number: "(24) tunni jooksul", "(15.) mail", "(5) January". Written
   * without the number, which is checked in code: a pattern led by "#num" would try every number of a reply.
   */
  counted: PhraseSet;
  /** "Now" and "today", which a reply also uses when retelling the complaint: "kohe", "täna", "today", "dziś". */
  immediate: PhraseSet;
  /** Words before a clock time given in digits: "at 10", "by 3 pm", "o 15", "do 15:00". */
  clockWords: ReadonlySet<string>;
  /** Words before a clock time in any form: "kell kümme", "kella 15-ks". */
  clockAnyWords: ReadonlySet<string>;
  /** Words after an hour that belong to it: "am", "pm", "o'clock". */
  clockAfterWords: ReadonlySet<string>;
  /** Words after a number that make it an amount, not an hour: "eurot", "percent", "zł". */
  amountWords: ReadonlySet<string>;
  /** Phrases in which a time word does not say when we act: "kohe kui", "right after", "jak tylko", "täna on laupäev". */
  notATime: PhraseSet;
  /** An action already taken, which is acting at once without a time word: "arve on tühistatud", "I have cancelled". */
  doneActions: PhraseSet;
  /** The customer, not the company, is to act: "võite meile homme helistada", "you can call us tomorrow". */
  customerActs: PhraseSet;
  /**
   * Someone else is to decide, so the time is their deadline, not our action: "juhataja otsustab homme", "the manager
   * will decide by Friday" (while "räägin täna juhatajaga" is ours).
   */
  othersDecide?: PhraseSet;
  /**
   * The word at tokens[i] is in the past tense, so its clause retells the complaint ("koristaja tuli", "oli", "was",
   * "przyszła"). The neighbours are there for forms that need them ("on tulnud"); text gives the letters as typed.
   */
  isPast(tokens: readonly Token[], i: number, text: string): boolean;
  /**
   * Where a time word can hang on a noun ("the cleaning today"), the clause must also commit to acting: the word at
   * tokens[i] is such a commitment ("will", "I'm sending"). Languages whose adverb of time never modifies a noun
   * leave this out.
   */
  commitsAt?(tokens: readonly Token[], i: number): boolean;
  /**
   * The clause opener at tokens[i] is a demonstrative ("I'll take THAT charge off right now", "I'll do THAT today"),
   * so the commitment before it belongs to the time after it. Languages whose clause openers are never demonstratives
   * leave this out.
   */
  demonstrativeAt?(tokens: readonly Token[], i: number): boolean;
  /**
   * A condition on the past that makes the rest of its sentence hypothetical, where the main clause does not say so
   * itself: "gdyby Pani zadzwoniła rano, (moglibyśmy od razu…)".
   */
  counterfactual?: PhraseSet;
}

/** A time expression of the reply, and whether it commits (judged when first asked). */
interface TimeMatch {
  match: Match;
  /** "now"/"today" and clock times can tell the past; "tomorrow" and "within 24 hours" cannot. */
  canBePast: boolean;
  committed?: boolean;
}

const CLOCK_DIGITS = /^\d{1,2}(?:-\p{L}+|am|pm|h)?$/u;
const AMOUNT_MARKS = new Set(['%', '€', '$', '£']);

/** The first non-space character after an offset, for "50 %" and "35 €". */
function nextMark(text: string, from: number): string | undefined {
  for (let i = from; i < text.length && i < from + 3; i++) {
    const ch = text[i] as string;
    if (ch !== ' ' && ch !== '\u00a0') return ch;
  }
  return undefined;
}

function span(tokens: readonly Token[], first: number, last: number): Match {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return { pattern: '#clock', firstToken: first, lastToken: last, sentence: a.sentence, start: a.start, end: b.end };
}

/** The number token is an amount, not an hour: "50%", "35 €", "20 eurot". */
function isAmount(reply: AnalysedText, amountWords: ReadonlySet<string>, numberToken: Token): boolean {
  const mark = nextMark(reply.text, numberToken.end);
  const after = reply.tokens[numberToken.index + 1];
  return (mark !== undefined && AMOUNT_MARKS.has(mark)) || (after !== undefined && amountWords.has(after.norm));
}

/** A clock span, with "am"/"pm"/"o'clock" after it when present. */
function clockSpan(tokens: readonly Token[], suffixes: ReadonlySet<string>, first: number, last: number): Match {
  const after = tokens[last + 1];
  const extend = after !== undefined && after.sentence === (tokens[last] as Token).sentence && suffixes.has(after.norm);
  return span(tokens, first, extend ? last + 1 : last);
}

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Clock times: "kell 10", "kella 15-ks", "at 10 am", "by 3pm", "o 15", "15:00". */
function clockTimes(ctx: RuleContext): Match[] {
  const { reply } = ctx;
  const { clockWords, clockAnyWords, clockAfterWords, amountWords } = ctx.pack.rules['act-now'];
  const tokens = reply.tokens;
  const found: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const sameSentence = next !== undefined && next.sentence === t.sentence;
    if (sameSentence && clockAnyWords.has(t.norm)) {
      found.push(span(tokens, i, i + 1));
    } else if (sameSentence && clockWords.has(t.norm) && startsWithDigit(next.norm) && CLOCK_DIGITS.test(next.norm) && !isAmount(reply, amountWords, next)) {
      found.push(clockSpan(tokens, clockAfterWords, i, i + 1));
    } else if (
      // "15:00" on its own.
      next !== undefined && startsWithDigit(t.norm) && t.norm.length <= 2 && reply.text[t.end] === ':' && next.start === t.end + 1 && /^\d{2}/.test(next.norm)
    ) {
      found.push(clockSpan(tokens, clockAfterWords, i, i + 1));
    }
  }
  return found;
}

/** Counted units with their number: "24 tunni jooksul", "15. mail". */
function countedTimes(reply: AnalysedText, counted: PhraseSet): Match[] {
  const out: Match[] = [];
  for (const m of matchesOf(reply, counted)) {
    const number = reply.tokens[m.firstToken - 1];
    if (!number || number.sentence !== m.sentence || !startsWithDigit(number.norm)) continue;
    out.push({ ...m, firstToken: number.index, start: number.start });
  }
  return out;
}

const candidatesCache = new ReplyCache<Map<ActNowPack, TimeMatch[]>>();

/** Every time expression of the reply, in reply order, before it is judged a commitment. Once per reply. */
function timeCandidates(ctx: RuleContext): TimeMatch[] {
  const { reply, pack } = ctx;
  const own = pack.rules['act-now'];
  return memo(candidatesCache, reply, own, () =>
    [
      ...countedTimes(reply, own.counted).map((match) => ({ match, canBePast: false })),
      ...matchesOf(reply, own.future).map((match) => ({ match, canBePast: false })),
      ...matchesOf(reply, own.immediate).map((match) => ({ match, canBePast: true })),
      ...clockTimes(ctx).map((match) => ({ match, canBePast: true })),
    ]
      .sort((a, b) => a.match.start - b.match.start)
      .slice(0, MAX_TIMES),
  );
}

/**
 * A real reply names a handful of times; judging each costs a look at its clause. Past this many, a text is a list
 * or a hostile input ("12:12:12:…"), and the first ones decide as well as all would.
 */
const MAX_TIMES = 200;

/**
 * The time expressions of the reply that are real, present commitments: not negated, hypothetical or past. A
 * caller that needs only some passes `where` (a cheap test of the place) and `limit`, so a reply of 30,000 clock
 * times costs what it must: act-now stops at its evidence, involve-customer looks only where an "or" stands. Each
 * time is judged once per reply, whichever rule asks first.
 */
export function findCommittedTimes(ctx: RuleContext, where?: (m: Match) => boolean, limit = Number.POSITIVE_INFINITY): Match[] {
  const { reply, pack } = ctx;
  const own = pack.rules['act-now'];
  const committed: Match[] = [];
  for (const candidate of timeCandidates(ctx)) {
    if (committed.length >= limit) break;
    if (where && !where(candidate.match)) continue;
    if (candidate.committed === undefined) {
      const { match, canBePast } = candidate;
      candidate.committed =
        !blockedAt(reply, own.notATime, match.firstToken) &&
        isCommitment(ctx, match, clauseOf(reply, pack.common, match.firstToken, match.lastToken), canBePast);
    }
    if (candidate.committed) committed.push(candidate.match);
  }
  return committed;
}

/** A "not a time" phrase covers the token: "kohe kui", "right after". */
function blockedAt(reply: AnalysedText, notATime: PhraseSet, token: number): boolean {
  return overlapsAny(reply, notATime, { pattern: '', firstToken: token, lastToken: token, sentence: 0, start: 0, end: 0 });
}

/** Per-word flags: 1 = past tense, 2 = a commitment word, 4 = worked out (see WordFlags). */
const wordFlagsCache = new ReplyCache<Map<ActNowPack, WordFlags>>();
const PAST = 1;
const COMMITS = 2;
const KNOWN = 4;

/** Whether each word is a past form or a commitment verb, worked out only for the words a time's clause reaches. */
interface WordFlags {
  reply: AnalysedText;
  own: ActNowPack;
  flags: Uint8Array;
}

function wordFlags(reply: AnalysedText, own: ActNowPack): WordFlags {
  return memo(wordFlagsCache, reply, own, () => ({ reply, own, flags: new Uint8Array(reply.tokens.length) }));
}

function anyFlag(words: WordFlags, scope: Scope, flag: number): boolean {
  const { reply, own, flags } = words;
  for (let i = scope.first; i <= scope.last; i++) {
    let f = flags[i] as number;
    if ((f & KNOWN) === 0) {
      f = KNOWN;
      if (own.isPast(reply.tokens, i, reply.text)) f |= PAST;
      if (own.commitsAt?.(reply.tokens, i)) f |= COMMITS;
      flags[i] = f;
    }
    if ((f & flag) !== 0) return true;
  }
  return false;
}

/** A counterfactual condition earlier in the match's sentence: "gdyby Pani zadzwoniła rano, moglibyśmy od razu…". */
function afterCounterfactual(reply: AnalysedText, counterfactual: PhraseSet | undefined, match: Match): boolean {
  return counterfactual !== undefined && inSentence(reply, counterfactual, match.sentence, match.start);
}

/**
 * Where the commitment before a time may stand: its clause, reaching back past a demonstrative that opens it ("I'll
 * take | that charge off right now") to the clause before.
 */
function commitmentScope(reply: AnalysedText, common: RuleContext['pack']['common'], own: ActNowPack, scope: Scope): Scope {
  if (!own.demonstrativeAt || scope.first === 0 || !own.demonstrativeAt(reply.tokens, scope.first)) return scope;
  const previous = reply.tokens[scope.first - 1] as Token;
  if (previous.sentence !== (reply.tokens[scope.first] as Token).sentence) return scope;
  return { first: clauseOf(reply, common, scope.first - 1).first, last: scope.last };
}

function isCommitment(ctx: RuleContext, match: Match, scope: Scope, canBePast: boolean): boolean {
  const { reply, pack } = ctx;
  const own = pack.rules['act-now'];
  if (negatedInScope(reply, pack.common, match, { after: 2, scope })) return false;
  if (matchesIn(reply, pack.common.hypothetical, scope).length > 0) return false;
  if (matchesIn(reply, own.customerActs, scope).length > 0) return false;
  if (own.othersDecide && matchesIn(reply, own.othersDecide, scope).length > 0) return false;
  if (afterCounterfactual(reply, own.counterfactual, match)) return false;
  if (!canBePast) return true;
  const flags = wordFlags(reply, own);
  if (anyFlag(flags, scope, PAST)) return false;
  return own.commitsAt === undefined || anyFlag(flags, commitmentScope(reply, pack.common, own, scope), COMMITS);
}

/** Overlapping or adjacent time words as one span: "täna kella 15-ks", not "täna" and "kella 15-ks". */
function mergeTouching(matches: readonly Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && last.sentence === m.sentence && m.firstToken <= last.lastToken + 1) {
      if (m.lastToken > last.lastToken) out[out.length - 1] = { ...last, lastToken: m.lastToken, end: m.end };
    } else {
      out.push(m);
    }
  }
  return out;
}

/** Actions already taken: "arve on tühistatud", "I've cancelled the invoice", "anulowałam fakturę". */
export function findDoneActions(ctx: RuleContext): Match[] {
  const { reply, pack } = ctx;
  return matchesOf(reply, pack.rules['act-now'].doneActions).filter((m) => {
    if (negatedInScope(reply, pack.common, m, { after: 2, before: 4 })) return false;
    // Only a hypothetical before or inside the action unmakes it: "the engineer has been called and should arrive within two
    // hours" reports the call as done.
    const scope = clauseOf(reply, pack.common, m.firstToken, m.lastToken);
    return !matchesIn(reply, pack.common.hypothetical, scope).some((h) => h.firstToken <= m.lastToken);
  });
}

/**
 * act-now — commits to an action now or at a specific time: "kohe", "täna kella 15-ks", "homme kell 10",
 * "within 24 hours", "od razu". Vague times ("lähiajal", "as soon as possible") are not in the packs; a time
 * word that is negated, hypothetical ("oleksime saanud kohe…", "we could have come right away") or retells the
 * past ("koristaja ei tulnud täna", "your cleaning today was…") does not count, nor does one that modifies a
 * noun ("today's invoice", "tänase arve": those forms are not in the packs). An action already taken ("arve on
 * tühistatud") is acting at once.
 */
export const actNow: Rule = {
  id: 'act-now',
  judge(ctx) {
    const times = mergeTouching([...findCommittedTimes(ctx, undefined, 6), ...findDoneActions(ctx)].sort((a, b) => a.start - b.start));
    return times.length > 0 ? met(times.slice(0, 3).map((m) => matchEvidence(ctx.reply, m))) : missed();
  },
};
