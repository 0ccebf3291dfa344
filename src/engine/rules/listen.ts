import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The listen phrases of one language. */
export interface ListenPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const listen: Rule = {
  id: 'listen',
  judge: () => missed(),
};
