import { met, missed, type Rule, type RuleContext } from '../rule';
import type { Evidence } from '../report';
import type { AnalysedText, Token } from '../text/analyse';
import { matchEvidence, rawToken } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';

export interface GreetAndClosePack {
  /** Greetings that open a reply: "Tere", "Lugupeetud", "Hello", "Dear", "Dzień dobry", "Szanowna Pani". */
  greetings: PhraseSet;
  /** Greetings that count only before a name ("Hea Mari", "Droga Pani"): "hea" alone opens "Hea teada". */
  greetingsBeforeName: PhraseSet;
  /** Polite closings: "Lugupidamisega", "Parimate soovidega", "Head päeva", "Kind regards", "Z poważaniem". */
  closings: PhraseSet;
  /** Closings that count only at the start of a line: "Best,⏎Rita", "Lots of love" ("we did our best" closes nothing). */
  lineClosings: PhraseSet;
  /** The agent giving their name, as on the phone: "minu nimi on", "my name is", "nazywam się". */
  introductions: PhraseSet;
}

/** A greeting must open the reply: within its first words (a phone greeting may follow the company's name). */
const GREETING_WITHIN = 8;
/** A closing must end the reply: at most a signature of this many words may follow it. */
const SIGNATURE_WORDS = 12;

function startsWithCapital(reply: AnalysedText, index: number): boolean {
  const t = reply.tokens[index];
  if (!t) return false;
  const first = rawToken(reply, t)[0] ?? '';
  return first !== first.toLowerCase();
}

/** A name after the closing: on a line of its own, or a capitalised word on the same line ("Bye now." signs nothing). */
function signatureAfter(reply: AnalysedText, closing: Match): boolean {
  for (let i = closing.lastToken + 1; i < reply.tokens.length; i++) {
    const t = reply.tokens[i] as Token;
    if (reply.text.slice(closing.end, t.start).includes('\n') || startsWithCapital(reply, i)) return true;
  }
  return false;
}

/**
 * Every email is a new letter and greets again; in a chat, a call or at the desk the greeting belongs to the
 * first reply, and a later one only has to close politely.
 */
function needsGreeting(ctx: RuleContext): boolean {
  return ctx.firstTurn || ctx.channel === 'email';
}

/**
 * greet-and-close — the reply opens with a greeting and ends with a polite closing and the sender's name: a
 * signature after the closing (written channels) or the agent's name given in the reply (phone: "Minu nimi on…").
 */
export const greetAndClose: Rule = {
  id: 'greet-and-close',
  judge(ctx) {
    const { reply, pack } = ctx;
    const p = pack.rules['greet-and-close'];
    const count = reply.tokens.length;
    const named = p.greetingsBeforeName.findAll(reply).find((m) => m.firstToken === 0 && startsWithCapital(reply, m.lastToken + 1));
    const nameToken = named ? reply.tokens[named.lastToken + 1] : undefined;
    // "Hea Mari": the evidence shows the name with the greeting word.
    // Where no greeting is due, "Head päeva!" at the end is the closing, not a greeting.
    const greeting: Match | undefined = !needsGreeting(ctx)
      ? undefined
      : (p.greetings.findAll(reply).find((m) => m.firstToken < GREETING_WITHIN) ??
        (named && nameToken ? { ...named, lastToken: nameToken.index, end: nameToken.end } : undefined));
    const atLineStart = (m: Match) => /(^|\n)[^\S\n]*$/.test(reply.text.slice(Math.max(0, m.start - 40), m.start));
    const closings = [...p.closings.findAll(reply), ...p.lineClosings.findAll(reply).filter(atLineStart)]
      .filter((m) => count - 1 - m.lastToken <= SIGNATURE_WORDS && m.firstToken > (greeting?.lastToken ?? -1))
      .sort((a, b) => a.start - b.start);
    const signed = closings.find((m) => signatureAfter(reply, m));
    const introduction = p.introductions.findAll(reply).find((m) => m.lastToken < count - 1);
    const closing = signed ?? (introduction ? closings[0] : undefined);

    const evidence: Evidence[] = [];
    if (greeting) evidence.push(matchEvidence(reply, greeting));
    if (closing) evidence.push(matchEvidence(reply, closing));
    if ((greeting || !needsGreeting(ctx)) && closing) {
      if (!signed && introduction) evidence.push(matchEvidence(reply, introduction));
      return met(evidence.sort((a, b) => a.start - b.start));
    }
    // What is there, so the trainee sees which half was missing.
    return missed(evidence);
  },
};
