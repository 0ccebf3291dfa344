import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The propose-solution phrases of one language. */
export interface ProposeSolutionPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const proposeSolution: Rule = {
  id: 'propose-solution',
  judge: () => missed(),
};
