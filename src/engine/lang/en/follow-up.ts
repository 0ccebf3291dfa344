import type { FollowUpPack } from '../../rules/follow-up';
import { phrases } from '../../text/pattern';

export const followUp: FollowUpPack = {
  phrases: phrases(),
};
