import type { EmpathyPack } from '../../rules/empathy';
import { phrases } from '../../text/pattern';

export const empathy: EmpathyPack = {
  acknowledge: phrases(
    'i|we can see why|how', 'i|we understand|realise|realize|recognise|recognize|imagine', 'i|we know how|what', 'i|we can_imagine', 'i|we can_understand',
    "i'm|we're aware how|what", 'i|we am|are aware how|what',
    // Spoken forms: "totally get how gutted you must be", "I get it".
    'totally|completely|really|fully_get', 'i|we_get how|why|that|it', 'i|we_totally|completely|really_get',
  ),
  sympathy: phrases(
    'sympathi*', 'sympathy', 'empathi*',
    'i|we feel for you',
    'i|we hear you',
    'in your shoes|position',
    'i|we can imagine',
    'how|what frustrating|disappointing|upsetting|annoying|embarrassing|unpleasant|stressful|awful|terrible|horrible|difficult|hard|infuriating|worrying',
    'what_a frustrating|disappointing|upsetting|annoying|embarrassing|unpleasant|stressful|awful|terrible|horrible|difficult',
    'i|we would feel|be the_same', 'i|we would_have felt|been the_same',
    // A situation acknowledged as hard for anyone: "nobody likes waiting", "it's no fun".
    'nobody|noone likes|wants|enjoys',
    'no_one likes|wants|enjoys',
    'no_fun', "nobody's|noone's|anyone's|anybody's idea_of_fun",
    'not_fun',
    'exhausting|frustrating|tiring|stressful|hard|difficult|draining|annoying|upsetting|awful to_wait',
    'exhausting|frustrating|tiring|stressful|hard|difficult|draining|annoying|upsetting|awful to_be_kept_waiting',
  ),
  evaluative: phrases("that's|thats|sounds|sounded", 'that_is|was|sounds', 'every right', 'right to be|feel', 'must be|feel', 'must_have been|felt', 'understandable', 'understandably', 'no_wonder', 'naturally', 'of_course you', 'completely|totally|entirely|perfectly understandable|natural|justified|valid|right', 'certainly|surely|really was|is|were|must'),
  feelings: phrases(
    'frustrat*', 'disappoint*', 'upset*', 'annoy*', 'embarrass*', 'angry', 'anger', 'angered', 'worried', 'worry', 'worrying',
    'hurt', 'hurtful', 'offended', 'offensive', 'insulted', 'insulting', 'irritat*', 'distress*', 'stress*', 'unhappy', 'dissatisf*',
    'humiliat*', 'shock*', 'sad', 'aggravat*', 'infuriat*', 'exasperat*', 'anxious', 'anxiety', 'uncomfortable', 'feelings',
    'let_down', 'fed_up', 'confused', 'confusing', 'your_confusion', 'unsettl*', 'exhausting', 'exhausted', 'tiring', 'tired', 'unfair', 'awful', 'terrible', 'horrible', 'unpleasant', 'disrespect*', 'hungry',
    'gutted', 'devastat*', 'heartbroken', 'miserable', 'fuming', 'livid', 'furious', 'cross', 'mortified', 'overwhelm*', 'helpless', 'powerless', 'ignored',
    'neglected', 'scared', 'afraid', 'frighten*', 'nervous', 'panic*', 'draining', 'drained', 'disheartening', 'discouraging', 'demoralis*', 'demoraliz*',
    'outrag*', 'indignant', 'betrayed', 'cheated', 'awkward', 'unwelcome', 'excluded', 'hassle', 'nerve-wracking', 'upsetting', 'worn_out', 'stressed',
    'puzzl*', 'baffl*', 'bewilder*', 'perplex*',
  ),
  situations: phrases(
    'situation', 'inconvenien*', 'experience', 'difficult', 'hard', 'ordeal', 'nightmare', 'concern*', 'problem', 'trouble', 'stressful', 'waiting', 'wait',
    // What the trouble spoils for the customer: "I understand this ruins your arrival".
    'ruin*', 'spoil*',
    // "Sorry about the confusion" is the mix-up, not the customer's feeling; understood, it is their situation.
    'confusion',
  ),
  // Negated understanding only right before it: "…didn't arrive – I understand" is not "don't understand".
  dismissive: phrases("don't|dont|cannot|can't|cant_understand", "don't|dont|cannot|can't|cant_really_understand", 'do_not_understand', 'exaggerat*', 'overreact*', 'unjustified', 'unfounded', 'unreasonable', 'blown out of proportion', 'no_reason to_be'),
  linkers: new Set(['that', 'how', 'what', 'why', 'you', 'your', 'just', 'which', 'who']),
  // English "sorry that your home was left messy" is an apology; only regret for what the customer went through counts.
  regretting: phrases(
    'sorry you_had_to', 'sorry you_have_had_to', 'sorry you_went_through', 'sorry that_you_had_to', 'sorry that_you_went_through',
    'sorry you_had|experienced|faced|endured such|a|an|this|that', 'sorry that_you_had|experienced|faced|endured such|a|an|this|that',
  ),
  howWords: new Set(['how']),
  notAfterHow: new Set(['it', 'this', 'that', 'the', 'you', 'we', 'they', 'he', 'she', 'i', 'to', 'a', 'an', 'our', 'your', 'much', 'long', 'many', 'soon', 'quickly']),
  addresseeEndings: [],
  copulas: new Set(['is', 'was', 'be', "it's", 'feels', 'felt', 'gets']),
  ownFeeling: phrases('we|i are|am|were|was|feel|felt', "we're|i'm|we've|i've", 'we_ourselves', 'i_myself'),
};
