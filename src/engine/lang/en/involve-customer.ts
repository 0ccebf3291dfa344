import type { InvolveCustomerPack } from '../../rules/involve-customer';
import { PhraseSet, phrases } from '../../text/pattern';

export const involveCustomer: InvolveCustomerPack = {
  preference: phrases(
    'you prefer|preferred|prefere', 'your preference|preferences|preferred', 'would_rather', "you'd_rather",
    'which would|do you', 'which suits|suit|works|work', 'which option|options|one|ones|solution|alternative|of|time|day|date', 'whichever',
    'you can|could|may choose|pick|decide|select', 'want_to choose|pick|select', 'would_you_like_to choose|pick|select', 'feel_free_to choose|pick|select',
    // "It's your call", "your own choice"; not "your family call(ed)", nor "thank you for your call" (exclusions).
    'your_choice|decision|call', 'your_own|final choice|decision|call', 'up_to_you', 'choose|choice between|from',
    // Asking the customer to name a time: "please suggest a time that suits you".
    'please suggest|propose|name', 'you can|could|may suggest|propose|name', 'feel_free_to suggest|propose|name',
    'suggest|propose a|another|any time|date|day|slot that|which suits|works',
    'the_options|alternatives are', 'options for you', 'two|several|some|few options|alternatives|choices', 'a_few options|alternatives|choices', 'either or',
  ),
  // Open questions spread over a clause ("When would a new cleaning best suit you?"): a wider gap.
  openQuestions: new PhraseSet(
    [
      'what|which|when|how suit|suits|work|works|prefer|preferable|convenient|like|want|best|ideal|fair|happy|comfortable',
      'what|how can|could|may we do|make|put|fix',
      'what|how would you like|want',
      'when would|could|can|will|are|is available|free|convenient|home|around|in',
      'what time|day would|could|can|will|are|is available|free|convenient|home|around|in',
      'when could|can|shall|should we come|visit|send|call|rebook|reschedule|book|deliver',
      'what time|day could|can|shall|should we come|visit|send|call|rebook|reschedule|book|deliver',
      // Asked for with "let us know": "Let us know a time that suits you."
      'time|date|day|slot that|which suits|works|suit|work you', 'time|date|day|slot convenient|suitable for_you',
    ],
    6,
  ),

  tellUs: phrases('let me|us know', 'tell me|us', 'get back to us|me', 'reply|respond with', 'look_forward to hearing|your reply|your answer', 'write|email|text|message us|me', 'drop us|me a_line'),
  alternatives: new Set(['or', 'either', 'alternatively']),
  wishes: phrases('would_you_like', 'would_you_prefer', 'do_you_want', 'do_you_prefer', "you'd_like", 'would_you_rather', 'suit|suits', 'easier|better|convenient|prefer|preferable', 'shall_i|we', 'should_i|we'),
  exclusions: phrases(
    'make|making it|this|things up_to_you', 'make_up_to_you', 'make_it_up to_you',
    // The phone call itself: "thank you for your call".
    'for_your_call|calls', 'return|returning|answer|answering|take|taking|missed|during your_call',
  ),
};
