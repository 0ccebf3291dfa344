import { met, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The address-person phrases of one language. */
export interface AddressPersonPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const addressPerson: Rule = {
  id: 'address-person',
  judge: () => met(),
};
