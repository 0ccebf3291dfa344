import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The greet-and-close phrases of one language. */
export interface GreetAndClosePack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const greetAndClose: Rule = {
  id: 'greet-and-close',
  judge: () => missed(),
};
