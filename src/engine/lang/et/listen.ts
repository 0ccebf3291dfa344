import type { ListenPack } from '../../rules/listen';
import { phrases } from '../../text/pattern';

export const listen: ListenPack = {
  phrases: phrases(),
};
