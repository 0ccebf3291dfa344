import { met, missed, type Rule } from '../rule';
import { isNegated, matchEvidence, sentenceEvidence } from '../text/context';
import type { PhraseSet } from '../text/pattern';

export interface ThankPack {
  /** Ways of thanking: "tänan", "aitäh", "thank you", "dziękuję". */
  thanks: PhraseSet;
  /** Phrases that make a thanking sentence sarcastic: "for nothing", "for the detailed feedback" (to a one-liner). */
  sarcastic: PhraseSet;
}

/**
 * thank — the reply thanks the customer (for writing, the feedback, their patience).
 * Negated thanks ("ei täna") and sarcastic thanks are missed; stay-calm reports the sarcasm itself.
 */
export const thank: Rule = {
  id: 'thank',
  judge({ reply, pack }) {
    const { thanks, sarcastic } = pack.rules.thank;
    const sarcasticSentences = new Set(sarcastic.findAll(reply).map((m) => m.sentence));
    for (const match of thanks.findAll(reply)) {
      if (isNegated(reply, match, pack.common.negators, 2)) continue;
      if (sarcasticSentences.has(match.sentence)) continue;
      return met([matchEvidence(reply, match)]);
    }
    const sarcasm = thanks.findAll(reply).find((m) => sarcasticSentences.has(m.sentence));
    return missed(sarcasm ? [sentenceEvidence(reply, sarcasm.sentence)] : []);
  },
};
