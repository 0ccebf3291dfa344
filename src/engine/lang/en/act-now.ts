import type { ActNowPack } from '../../rules/act-now';
import { phrases } from '../../text/pattern';

export const actNow: ActNowPack = {
  phrases: phrases(),
};
