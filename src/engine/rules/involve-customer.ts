import { missed, type Rule } from '../rule';
import type { PhraseSet } from '../text/pattern';

/** The involve-customer phrases of one language. */
export interface InvolveCustomerPack {
  phrases: PhraseSet;
}

// Placeholder verdict until the rule is written.
export const involveCustomer: Rule = {
  id: 'involve-customer',
  judge: () => missed(),
};
