import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The apologise phrases of one language. */
export interface ApologisePack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const apologise: Rule = {
  id: 'apologise',
  judge: () => missed(),
};
