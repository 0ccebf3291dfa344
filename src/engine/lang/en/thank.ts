import type { ThankPack } from '../../rules/thank';
import { phrases } from '../../text/pattern';

export const thank: ThankPack = {
  thanks: phrases('thank|thanks|thx', 'grateful', 'appreciate|appreciated', 'many_thanks'),
  sarcastic: phrases(
    'thanks|thank a_lot for the detailed|thorough|lengthy|long|extensive',
    'thanks|thank so_much for the detailed|thorough|lengthy|long|extensive',
    'thanks|thank for your|this detailed|thorough|lengthy|long|extensive',
    'thanks|thank for_nothing',
    'thanks|thank for your essay|novel|lecture',
    'thanks|thank for the|your threat|threats|insult|insults|accusation|accusations',
    'thanks|thank for reminding me|us what',
    // Praise for an angry complaint: "Thank you SO much for your lovely email".
    'thanks|thank for lovely|charming|delightful|wonderful|pleasant|nice|sweet email|message|letter|note|words|complaint',
  ),
  notThanks: phrases("thanks_to", "would|'d|we'd|i'd appreciate|grateful", 'would_be grateful|thankful', 'would_appreciate', 'appreciate_how|what'),
};
