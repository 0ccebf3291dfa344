import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The act-now phrases of one language. */
export interface ActNowPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const actNow: Rule = {
  id: 'act-now',
  judge: () => missed(),
};
