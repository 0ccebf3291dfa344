import type { ThankPack } from '../../rules/thank';
import { phrases } from '../../text/pattern';

export const thank: ThankPack = {
  thanks: phrases('thank|thanks|thx', 'grateful', 'appreciate|appreciated', 'many_thanks'),
  sarcastic: phrases(
    'thanks|thank a_lot for the detailed|thorough|lengthy|long|extensive',
    'thanks|thank so_much for the detailed|thorough|lengthy|long|extensive',
    'thanks|thank for_nothing',
    'thanks|thank for your essay|novel|lecture',
  ),
};
