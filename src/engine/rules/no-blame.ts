import { met, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The no-blame phrases of one language. */
export interface NoBlamePack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const noBlame: Rule = {
  id: 'no-blame',
  judge: () => met(),
};
