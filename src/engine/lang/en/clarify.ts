import type { ClarifyPack } from '../../rules/clarify';
import { phrases } from '../../text/pattern';

export const clarify: ClarifyPack = {
  questionStarts: phrases('could|would|can|will you', 'did|was|were|do|does|is|are|have|has the|your|you|it|this|that|there|anyone|anything|she|he|they'),
  whStarts: phrases('when|what|where|who|why|how did|was|were|exactly'),
  requests: phrases(
    'please describe|tell|explain|specify|clarify|let|share|send|give|outline|confirm|provide|write|include|detail|fill|walk',
    'describe|explain|specify|clarify|provide|share|write|outline|detail|give please',
    // Polite conditionals: "it would help if you could tell us when…", "I'd be grateful if you described…".
    'if you could|would|can tell|describe|explain|specify|clarify|share|provide|write|let|give|outline|confirm',
    'describe|explain|specify|clarify please',
    "we'd|i'd|would like|love to know|understand|hear|learn|clarify|find",
    'ask|asking you to describe|tell|explain|specify|clarify|share|write|confirm',
    'we|i want|need to know|understand|clarify|find',
    'let us|me know',
    // A curt request for the facts is still one: "If you have a specific problem, spell it out."
    'spell_it|that|this|everything|things out', 'spell_out',
  ),
  // A bare English imperative is the base verb ("didn't tell", "maybe write"): a request only when it opens its sentence.
  imperatives: phrases('describe|tell|explain|specify|write|let'),
  factCues: phrases(
    'what|when|where|who|which|how|whether|if|why|whom|whose', 'exactly', 'details', 'detail', 'specific*', 'happen*', 'describe', 'more', 'date', 'day',
    'spell_it|that|this|everything|things out',
  ),
  strongCues: phrases('happen*', 'exactly', 'details', 'detail', 'describe', 'specific*', 'what went wrong', 'what did', 'went wrong'),
  notFactSeeking: phrases(
    'suit*', 'prefer*', 'convenient', 'would you like', 'do|would you want', 'is|would that|this be ok|okay|alright|acceptable|fine|good|agreeable',
    'anything else', 'any other|further questions', 'may|can|could|shall we|i', 'are|were you satisfied|happy', 'agree', 'choose', 'option*',
    'customer|client|account|order|booking|reference number|id', 'number',
    // Approval sought, not facts: "Does that sound alright?", "Let me know what time works for you".
    'sound|sounds good|ok|okay|alright|fine|right|reasonable|acceptable|fair',
    'sound|sounds all_right',
    'works|work for_you', 'what time|day|date works|would', 'what time|day|date is_best',
    'how can|could|may we|i help|assist|make',
    'interested',
  ),
  rhetorical: phrases(
    'what did|do|else you expect', 'are you serious', 'do|did you really think|expect|believe', 'who do you think', 'is that|this|it our|my fault',
    "don't|didnt|didn't you understand|know|read|see", 'what were you thinking', 'how could you', 'really',
    'how are|were we supposed_to know', 'how should|would|could we know', 'expect us to',
    'what were|are you expecting', 'what else could|would you expect',
    // Checking that the customer keeps up, not asking what happened: "Do you understand?".
    'do|did you understand|follow', 'is_that clear', 'how are|were|should|could we supposed_to|to respond|answer|reply',
    'how can|could|should we respond|answer|reply to',
    // What the company should do, asked back: "What exactly are we supposed to do with one sentence?".
    'what are|were|am we|i supposed_to do|make', 'what should|can|could we|i do with|about',
  ),
  echoTags: new Set(['right', 'yes', 'ok', 'okay', 'correct', 'yeah', 'eh']),
  invitations: phrases('if anything|something'),
  continuations: new Set(['that']),
  hurry: phrases('you hurry|quicker|faster', 'you speed_up', 'you get_to_the_point'),
};
