import { met, missed, type Rule } from '../rule';
import { isNegated, matchEvidence, sentenceEvidence } from '../text/context';
import type { PhraseSet } from '../text/pattern';
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
}

/**
 * thank — the reply thanks the customer (for writing, the feedback, their patience).
 * Negated thanks ("ei täna") and sarcastic thanks are missed; stay-calm reports the sarcasm itself.
 */
export const thank: Rule = {
  id: 'thank',
  judge({ reply, pack }) {
    const { thanks, sarcastic, notThanks } = pack.rules.thank;
    const sarcasticSentences = new Set(matchesOf(reply, sarcastic).map((m) => m.sentence));
    const notThanking = new Set<number>();
    for (const n of notThanks.findAll(reply)) for (let i = n.firstToken; i <= n.lastToken; i++) notThanking.add(i);
    // "Tänada Teid sellise kirja eest küll ei saa", "I can't say we appreciate…": a refusal to thank, worded by no-blame.
    const refused = new Set(matchesOf(reply, pack.rules['no-blame'].refusedThanks).map((m) => m.sentence));
    const found = thanks.findAll(reply);
    for (const match of found) {
      if (isNegated(reply, match, pack.common.negators, 2)) continue;
      if (notThanking.has(match.firstToken) || notThanking.has(match.lastToken)) continue;
      if (sarcasticSentences.has(match.sentence) || refused.has(match.sentence)) continue;
      return met([matchEvidence(reply, match)]);
    }
    const sarcasm = found.find((m) => sarcasticSentences.has(m.sentence));
    return missed(sarcasm ? [sentenceEvidence(reply, sarcasm.sentence)] : []);
  },
};
