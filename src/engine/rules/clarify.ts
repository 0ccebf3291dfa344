import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The clarify phrases of one language. */
export interface ClarifyPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const clarify: Rule = {
  id: 'clarify',
  judge: () => missed(),
};
