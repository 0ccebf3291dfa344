import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The follow-up phrases of one language. */
export interface FollowUpPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const followUp: Rule = {
  id: 'follow-up',
  judge: () => missed(),
};
