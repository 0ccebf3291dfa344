import type { ThankPack } from '../../rules/thank';
import { phrases } from '../../text/pattern';

export const thank: ThankPack = {
  thanks: phrases('thank|thanks|thx', 'grateful', 'appreciate|appreciated', 'many_thanks', 'cheers_for'),
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
    'thanks|thank|cheers for your|this|the|such emotional|passionate|dramatic|colourful|colorful|heated',
    // Thanks for the scene made: "Thanks for letting the whole restaurant know".
    'thanks|thank|cheers for telling|letting|informing|announcing|sharing|broadcasting|alerting everyone|everybody',
    'thanks|thank|cheers for telling|letting|informing|announcing|sharing|broadcasting|alerting whole|entire restaurant|room|place|floor|world|building',
    'thanks|thank|cheers for shouting|yelling|screaming', 'thanks|thank|cheers for making_a scene|fuss',
  ),
  notThanks: phrases("thanks_to", "would|'d|we'd|i'd appreciate|grateful", 'would_be grateful|thankful', 'would_appreciate', 'appreciate_how|what'),
  hedges: phrases('i_guess', 'i_suppose', 'or_whatever', 'i_reckon'),
  intensifiers: new Set(['so', 'very', 'really', 'much', 'lot', 'a', 'truly', 'ever', 'soo', 'sooo']),
};
