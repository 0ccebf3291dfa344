import { met, missed, type Rule } from '../rule';
import type { AnalysedText, Token } from '../text/analyse';
import { after, clauseBefore } from '../text/clause';
import { isNegated, matchEvidence, rawToken, sentenceEvidence, tokensAfter } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import { matchesOf } from '../text/scope';

export interface ThankPack {
  /** Ways of thanking: "tänan", "aitäh", "thank you", "dziękuję". */
  thanks: PhraseSet;
  /** Phrases that make a thanking sentence sarcastic: "for nothing", "for the detailed feedback" (to a one-liner). */
  sarcastic: PhraseSet;
  /**
   * Thanking words that thank no one: "thanks to the new system", "tänu sellele", "dzięki temu", and requests
   * dressed as thanks ("we would appreciate it if…", "oleksime tänulikud, kui…").
   */
  notThanks: PhraseSet;
  /** Intensifiers that, shouted right after a thanks ("Tänan VÄGA", "Thanks SO much"), make it sarcastic. */
  intensifiers: ReadonlySet<string>;
  /**
   * Grudging afterthoughts that turn a thanks sarcastic when they close its sentence in a clause of their own: "Thanks
   * for your patience, I guess.", "Aitäh kannatlikkuse eest, vist." — not "Aitäh, see on vist kõik".
   */
  hedges: PhraseSet;
}

/** The sentences whose thanks a closing hedge turns sarcastic: the hedge alone in its clause, nothing after it. */
function hedgedSentences(reply: AnalysedText, hedges: PhraseSet, thanks: readonly Match[]): Set<number> {
  const out = new Set<number>();
  const found = hedges.findAll(reply);
  if (found.length === 0) return out;
  const firstThanks = new Map<number, number>();
  for (const t of thanks) if (!firstThanks.has(t.sentence)) firstThanks.set(t.sentence, t.end);
  for (const m of found) {
    const end = firstThanks.get(m.sentence);
    if (end !== undefined && end <= m.start && after(reply, m, 1).length === 0 && clauseBefore(reply, m, 1).length === 0) out.add(m.sentence);
  }
  return out;
}

/** How many words after the thanking word a shouted intensifier still belongs to it: "Thank you SO much". */
const INTENSIFIER_REACH = 2;

/** A word typed in capitals, as shouting is ("VÄGA", "SO"): letters only, at least two of them. */
function isShouted(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/**
 * "Tänan VÄGA emotsionaalse kirja eest", "Thanks SO much": an intensifier shouted after thanks that is itself not
 * shouted. A thanks typed all in capitals ("THANK YOU SO MUCH") is loud, not sarcastic.
 */
function shoutedIntensifier(reply: AnalysedText, match: Match, intensifiers: ReadonlySet<string>): boolean {
  const first = reply.tokens[match.firstToken] as Token;
  if (isShouted(rawToken(reply, first))) return false;
  return tokensAfter(reply, match, INTENSIFIER_REACH).some((t) => intensifiers.has(t.norm) && isShouted(rawToken(reply, t)));
}

/**
 * thank — the reply thanks the customer (for writing, the feedback, their patience).
 * Negated thanks ("ei täna") and sarcastic thanks are missed; stay-calm reports the sarcasm itself.
 */
export const thank: Rule = {
  id: 'thank',
  judge({ reply, pack }) {
    const { thanks, sarcastic, notThanks, intensifiers, hedges } = pack.rules.thank;
    const found = thanks.findAll(reply);
    const sarcasticSentences = new Set(matchesOf(reply, sarcastic).map((m) => m.sentence));
    for (const s of hedgedSentences(reply, hedges, found)) sarcasticSentences.add(s);
    const notThanking = new Set<number>();
    for (const n of notThanks.findAll(reply)) for (let i = n.firstToken; i <= n.lastToken; i++) notThanking.add(i);
    // "Tänada Teid sellise kirja eest küll ei saa", "I can't say we appreciate…": a refusal to thank, worded by no-blame.
    const refused = new Set(matchesOf(reply, pack.rules['no-blame'].refusedThanks).map((m) => m.sentence));
    for (const match of found) {
      if (isNegated(reply, match, pack.common.negators, 2)) continue;
      if (notThanking.has(match.firstToken) || notThanking.has(match.lastToken)) continue;
      if (shoutedIntensifier(reply, match, intensifiers)) sarcasticSentences.add(match.sentence);
      if (sarcasticSentences.has(match.sentence) || refused.has(match.sentence)) continue;
      return met([matchEvidence(reply, match)]);
    }
    const sarcasm = found.find((m) => sarcasticSentences.has(m.sentence));
    return missed(sarcasm ? [sentenceEvidence(reply, sarcasm.sentence)] : []);
  },
};
