import { met, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The patience phrases of one language. */
export interface PatiencePack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const patience: Rule = {
  id: 'patience',
  judge: () => met(),
};
