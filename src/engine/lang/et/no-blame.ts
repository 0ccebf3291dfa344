import type { NoBlamePack } from '../../rules/no-blame';
import { phrases } from '../../text/pattern';

export const noBlame: NoBlamePack = {
  phrases: phrases(),
};
