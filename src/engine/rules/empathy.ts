import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The empathy phrases of one language. */
export interface EmpathyPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const empathy: Rule = {
  id: 'empathy',
  judge: () => missed(),
};
