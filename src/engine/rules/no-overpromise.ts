import { met, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The no-overpromise phrases of one language. */
export interface NoOverpromisePack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const noOverpromise: Rule = {
  id: 'no-overpromise',
  judge: () => met(),
};
