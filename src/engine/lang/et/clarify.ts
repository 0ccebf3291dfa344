import type { ClarifyPack } from '../../rules/clarify';
import { phrases } from '../../text/pattern';

export const clarify: ClarifyPack = {
  phrases: phrases(),
};
