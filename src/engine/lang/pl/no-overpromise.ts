import type { NoOverpromisePack } from '../../rules/no-overpromise';
import { phrases } from '../../text/pattern';

export const noOverpromise: NoOverpromisePack = {
  phrases: phrases(),
};
