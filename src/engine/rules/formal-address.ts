import { met, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The formal-address phrases of one language. */
export interface FormalAddressPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const formalAddress: Rule = {
  id: 'formal-address',
  judge: () => met(),
};
