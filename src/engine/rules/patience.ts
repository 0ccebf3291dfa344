import { met, violated, type Rule } from '../rule';
import { matchEvidence } from '../text/context';
import type { PhraseSet } from '../text/pattern';
import { matchesOf, mergeOverlapping, negatedInScope } from '../text/scope';

export interface PatiencePack {
  /**
   * Rushing the customer or irritation at them or their child: "kiirustage", "palun kiiremini", "as I already said",
   * "jak już mówiłam", "your child is disturbing everyone". A negator in the clause turns one into patience
   * ("ärge kiirustage", "no need to hurry", "proszę się nie spieszyć").
   */
  impatience: PhraseSet;
  /** Impatience that holds its own negation: "I don't have all day", "mul pole aega", "nie mam całego dnia". */
  impatienceNegative: PhraseSet;
}

/**
 * patience — with the elderly and with families: no rushing and no irritation at the customer or the children.
 * "No rush", "võtke aega", "proszę się nie spieszyć" keep it: negation decides.
 */
export const patience: Rule = {
  id: 'patience',
  judge({ reply, pack }) {
    const { impatience, impatienceNegative } = pack.rules.patience;
    const found = mergeOverlapping([
      ...matchesOf(reply, impatience).filter((m) => !negatedInScope(reply, pack.common, m, { after: 1 })),
      ...matchesOf(reply, impatienceNegative),
    ]);
    return found.length === 0 ? met() : violated(found.map((m) => matchEvidence(reply, m)));
  },
};
