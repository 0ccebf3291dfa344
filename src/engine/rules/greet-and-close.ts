import { met, missed, type Rule, type RuleContext } from '../rule';
import type { Evidence } from '../report';
import type { AnalysedText, Token } from '../text/analyse';
import { matchEvidence, rawToken } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import { overlapsAny } from '../text/scope';

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
  /** Words before the agent's name that give it: "I'm (Maria)", "this was (Peeter)", "siin (Rasmus)", "mówi (Ania)". */
  nameBefore: PhraseSet;
  /** Words after the agent's name that give it: "(Peeter) speaking", "(Kerttu) siin", "(Kasia) z (Särav Kodu)". */
  nameAfter: PhraseSet;
  /** Titles before the customer's name ("Mrs Kask", "proua Kask", "pani Helmi"): the name after them is not ours. */
  honorifics: ReadonlySet<string>;
  /** Capitalised words that are no one's name: "Monday", "January", "Meie". */
  notNames?: ReadonlySet<string>;
  /** Of the words after a name, those that need the company's capitalised name after them: "(Ania) z Särav Kodu", not "Dziękuję z całego serca". */
  nameBeforeCompany?: ReadonlySet<string>;
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

/** How many capitalised words after a title are the customer's name: "Mrs Helmi Kask". */
const NAME_WORDS = 2;

/**
 * A name after the closing: on a line of its own, or a capitalised word on the same line ("Bye now." signs nothing).
 * The formal "you" and the customer's name after a title are not a signature: "Kõike head Teile!", "Goodbye, Mrs Kask."
 */
function signatureAfter(ctx: RuleContext, closing: Match): boolean {
  const { reply, pack } = ctx;
  const { honorifics } = pack.rules['greet-and-close'];
  let customerName = 0;
  for (let i = closing.lastToken + 1; i < reply.tokens.length; i++) {
    const t = reply.tokens[i] as Token;
    if (reply.text.slice(closing.end, t.start).includes('\n')) return true;
    if (honorifics.has(t.norm)) {
      customerName = NAME_WORDS;
      continue;
    }
    if (customerName > 0 && startsWithCapital(reply, i)) {
      customerName--;
      continue;
    }
    customerName = 0;
    if (pack.common.addressee.has(t.norm)) continue;
    if (startsWithCapital(reply, i)) return true;
  }
  return false;
}

/** The capitalised word at index is a name: not the formal "you", not after a title, not a day or a month. */
function isAgentName(ctx: RuleContext, index: number): boolean {
  const { reply, pack } = ctx;
  const own = pack.rules['greet-and-close'];
  const t = reply.tokens[index];
  if (!t || !startsWithCapital(reply, index) || !/^\p{L}/u.test(t.norm)) return false;
  if (companyAt(ctx, index)) return false;
  if (pack.common.addressee.has(t.norm) || own.honorifics.has(t.norm) || (own.notNames?.has(t.norm) ?? false)) return false;
  const previous = reply.tokens[index - 1];
  return !(previous && previous.sentence === t.sentence && own.honorifics.has(previous.norm));
}

/**
 * The agent named beside a word that gives a name ("I'm Maria", "Peeter speaking", "Kasia z Särav Kodu"), or by full
 * name with the company in the greeting ("Dzień dobry, Marta Nowicka, Särav Kodu.").
 */
function namedAgent(ctx: RuleContext, greeting: Match | undefined): Match | undefined {
  const { reply, pack } = ctx;
  const own = pack.rules['greet-and-close'];
  const greetingWords = new Set<number>();
  for (const m of own.greetings.findAll(reply)) for (let i = m.firstToken; i <= m.lastToken; i++) greetingWords.add(i);
  const sameSentence = (a: number, b: number) => (reply.tokens[a] as Token).sentence === (reply.tokens[b] as Token | undefined)?.sentence;
  // Only white space between the name and its word: "Helmi, siin Särav Kodu" names the customer, then us.
  const adjacent = (a: number, b: number) => sameSentence(a, b) && reply.text.slice((reply.tokens[a] as Token).end, (reply.tokens[b] as Token).start).trim() === '';
  for (const m of own.nameBefore.findAll(reply)) {
    const name = m.lastToken + 1;
    if (name < reply.tokens.length && adjacent(m.lastToken, name) && isAgentName(ctx, name)) return spanOf(reply, m.firstToken, name);
  }
  for (const m of own.nameAfter.findAll(reply)) {
    const name = m.firstToken - 1;
    if (name < 0 || !adjacent(name, m.firstToken) || greetingWords.has(name) || !isAgentName(ctx, name)) continue;
    const company = m.lastToken + 1;
    if (own.nameBeforeCompany?.has((reply.tokens[m.lastToken] as Token).norm) && !(sameSentence(m.lastToken, company) && startsWithCapital(reply, company))) continue;
    return spanOf(reply, name, m.lastToken);
  }
  if (!greeting) return undefined;
  // "Dzień dobry, Marta Nowicka, Särav Kodu.": first and last name between the greeting and the company's name.
  const first = greeting.lastToken + 1;
  const last = first + 1;
  const after = reply.tokens[last + 1];
  if (!after || !sameSentence(greeting.lastToken, last + 1) || !isAgentName(ctx, first) || !isAgentName(ctx, last)) return undefined;
  const gapBefore = reply.text.slice(greeting.end, (reply.tokens[first] as Token).start);
  const gapAfter = reply.text.slice((reply.tokens[last] as Token).end, after.start);
  const between = reply.text.slice((reply.tokens[first] as Token).end, (reply.tokens[last] as Token).start);
  if (!gapBefore.includes(',') || !gapAfter.includes(',') || between.trim() !== '' || !companyAt(ctx, last + 1)) return undefined;
  return spanOf(reply, first, last);
}

/** The word at index is a word of the company's name ("siin Särav Kodu" gives the company, not the agent). */
function companyAt(ctx: RuleContext, index: number): boolean {
  return overlapsAny(ctx.reply, ctx.facts.company, { pattern: '', firstToken: index, lastToken: index, sentence: 0, start: 0, end: 0 });
}

function spanOf(reply: AnalysedText, first: number, last: number): Match {
  const a = reply.tokens[first] as Token;
  const b = reply.tokens[last] as Token;
  return { pattern: '#name', firstToken: first, lastToken: last, sentence: a.sentence, start: a.start, end: b.end };
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
    const signed = closings.find((m) => signatureAfter(ctx, m));
    const introduction = p.introductions.findAll(reply).find((m) => m.lastToken < count - 1) ?? (signed ? undefined : namedAgent(ctx, greeting));
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
