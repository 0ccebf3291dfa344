import type { PatiencePack } from '../../rules/patience';
import { phrases } from '../../text/pattern';

export const patience: PatiencePack = {
  phrases: phrases(),
};
