import type { ListenPack } from '../../rules/listen';
import { phrases } from '../../text/pattern';

export const listen: ListenPack = {
  restatement: phrases(
    'as you wrote|mentioned|described|said|explained|pointed|told',
    'you wrote|mentioned|described|explained|said that',
    'you tell|told us that',
    'from your message|email|letter|complaint',
    'in your message|email|letter|complaint you',
  ),
};
