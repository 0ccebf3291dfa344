import type { StayCalmPack } from '../../rules/stay-calm';
import { phrases } from '../../text/pattern';

export const stayCalm: StayCalmPack = {
  phrases: phrases(),
};
