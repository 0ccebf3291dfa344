import type { ActNowPack } from '../../rules/act-now';
import type { Token } from '../../text/analyse';
import { phrases } from '../../text/pattern';

// Past forms a reply uses when retelling the complaint: "the cleaner didn't come today", "you had guests today".
const PAST = new Set([
  'was', 'were', "wasn't", 'wasnt', "weren't", 'werent', 'had', "hadn't", 'hadnt', 'did', "didn't", 'didnt', 'came',
  'went', 'arrived', 'left', 'happened', 'occurred', 'showed', 'failed', 'forgot', 'forgotten', 'told', 'said',
  'yesterday', 'expected', 'received', 'got', 'turned', 'missed',
]);

// Modal and future words that make a clause a commitment rather than a description ("the cleaning today").
const COMMIT = new Set([
  'will', 'shall', 'can', 'could', 'would', 'let', "let's", 'lets', "i'll", "we'll", "he'll", "she'll", "they'll", "it'll",
  'ill', 'well', 'gonna', 'going', "i'd", "we'd", 'able', 'please', 'expect', 'arrange', 'arranged', 'booked', 'scheduled',
]);
const BE = new Set(['am', 'are', 'is', "i'm", 'im', "we're", "he's", "she's", "it's", "they're", "'m"]);
// -ing words that are nouns here, not a progressive "we are sending".
const ING_NOUNS = new Set(['morning', 'evening', 'cleaning', 'booking', 'meeting', 'building', 'ceiling', 'feeling', 'something', 'anything', 'everything', 'nothing', 'during', 'wedding', 'thing', 'king', 'ring', 'spring', 'string', 'parking', 'waiting']);

// Remedies done: "I've cancelled the invoice", "the charge has been removed".
const DONE =
  'cancelled|canceled|removed|corrected|sent|booked|arranged|called|asked|refunded|rebooked|rescheduled|waived|ordered|rung|phoned|contacted|alerted|dispatched|scheduled|reserved|deducted|credited|issued|prepared|moved';
// Not "forwarded", "passed on", "informed": handing a case on is no action on the problem ("your case has been forwarded").

// Words that start a clause of their own after "that": "I'm sure that WE will…", "a cleaner that YOU booked".
const CLAUSE_STARTS = new Set([
  'i', 'you', 'we', 'he', 'she', 'it', 'they', 'the', 'a', 'an', 'our', 'your', 'their', 'his', 'her', 'my', 'its', 'this', 'these',
  'those', 'there', 'someone', 'somebody', 'nobody', 'no', 'everything', 'everyone', 'all', "it's", "you're", "we're", "i'm", "they're",
  "you've", "we've", "i've", "you'll", "we'll", "i'll", 'will', 'would', 'could', 'should', 'can', 'was', 'were', 'is', 'are', 'has', 'have', 'had',
]);
// Verbs and adjectives that take a "that" clause: "I can see that now" reports, it does not commit.
const THAT_HEADS = new Set([
  'see', 'know', 'understand', 'realise', 'realize', 'say', 'said', 'think', 'sure', 'hope', 'believe', 'agree', 'aware', 'promise',
  'guarantee', 'confirm', 'ensure', 'assure', 'mean', 'feel', 'hear', 'notice', 'appreciate', 'glad', 'sorry', 'afraid', 'so', 'such',
]);

/** "I'll take THAT charge off", "I'll do THAT right now": a demonstrative, not "that" opening a clause. */
function demonstrativeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.norm !== 'that') return false;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  if (!next || next.sentence !== t.sentence || !previous || previous.sentence !== t.sentence) return false;
  return !CLAUSE_STARTS.has(next.norm) && !THAT_HEADS.has(previous.norm);
}

function commitsAt(tokens: readonly Token[], i: number): boolean {
  const norm = (tokens[i] as Token).norm;
  const next = tokens[i + 1]?.norm ?? '';
  if (norm === 'well') return i === 0 || (tokens[i - 1] as Token).sentence !== (tokens[i] as Token).sentence; // a typed "we'll"
  if (norm === 'let') return next === 'me' || next === 'us'; // "let me", not "let you down"
  if (COMMIT.has(norm)) return true;
  // Waiter's shorthand without a verb: "Bread coming right up", "drinks coming right away".
  if (norm === 'coming' && (next === 'right' || next === 'straight' || next === 'up')) return true;
  if (!BE.has(norm)) return false;
  for (const t of tokens.slice(i + 1, i + 4)) if (t.norm.length > 4 && t.norm.endsWith('ing') && !ING_NOUNS.has(t.norm)) return true;
  return false;
}

export const actNow: ActNowPack = {
  counted: phrases('january|february|march|april|may|june|july|august|september|october|november|december'),
  immediate: phrases(
    'right_away', 'straight_away', 'right_now', 'immediately', 'at_once', 'today', 'tonight', 'this afternoon|evening|morning',
    'without_delay', 'as_we_speak', 'in_a moment|minute|second', 'by_the end_of_the_day|today', 'by_end_of_day|today',
    'by close_of_business', 'same_day', 'later_today', 'this_very minute', 'now', 'straight_over', 'right_over',
    'on_his|her|their|its way', 'on_the way', 'already_on_the way', 'coming_right_up', 'right_up',
  ),
  future: phrases(
    'tomorrow', 'day_after_tomorrow',
    'within #num', 'within one|two|three|four|five|six|ten|twelve|twenty-four|forty-eight hour|hours|day|days|working|business',
    'within_an|the|a|half|one hour|day', 'within_half_an_hour', 'within_a_couple_of hours|minutes|mins', 'in_a_couple_of hours|minutes|mins', 'within_a_few hours|minutes|mins', 'in_a_few hours|minutes|mins', 'within_the_next #num|hour|two|few|couple',
    'in #num minutes|hours|days|mins|hrs', 'in one|two|three|five|ten|fifteen|twenty|thirty minutes|hours', 'in_an hour', 'in_half_an hour', 'in_a few minutes|mins', 'in_a_couple_of minutes|mins',
    'first_thing',
    // On or by a weekday; the bare name is a day, not a time ("today is Saturday").
    'on|by|next|this|until|before monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday morning|afternoon|evening|at|by',
    'january|february|march|april|june|july|august|september|october|november|december #num',
    'no_later than', '24h', '48h', '24-hour|48-hour',
    'by|at|before|around noon|midday|lunchtime', 'in_the_next #num|hour|few|couple',
  ),
  clockWords: new Set(['at', 'by', 'before', 'until', 'till', 'from', 'around']),
  clockAnyWords: new Set(),
  clockAfterWords: new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock']),
  amountWords: new Set(['percent', 'per', 'euro', 'euros', 'eur', 'pounds', 'dollars', 'times', 'people', 'years', 'cleanings']),
  notATime: phrases('right_after', 'immediately_after|when|once', 'straight_after', 'as_soon_as', 'today_is', 'for_today', 'now_that', 'by_now', 'until_now', 'up_to_now'),
  customerActs: phrases(
    'you can|may|could call|contact|email|write|ring|phone|come|visit', 'please call|contact|email|ring|phone|let|tell|inform|notify|reply|confirm',
    'call|contact|email|ring us', 'let_us_know', 'let_me_know', 'get_back to_us|me',
  ),
  doneActions: phrases(
    // Feedback passed to the trainee's mentor is acting on it, unlike a case handed to "the relevant department".
    'have|has|already|just|been passed|forwarded|sent|given|reported|relayed to mentor|mentors|trainer|supervisor',
    "i've|we've|ive|weve passed|forwarded|sent|given|reported|relayed to mentor|mentors|trainer|supervisor",
    'i|we passed|forwarded|gave|sent|reported|relayed to mentor|mentors|trainer|supervisor',
    "already|i've|we've|have spoken|talked to|with mentor|trainer", 'i|we spoke|talked to|with mentor|trainer',
    `i've|we've|ive|weve ${DONE}`, 'invoice|bill|charge|fee|payment is|are cancelled|canceled|removed|waived|voided|corrected', `i|we have ${DONE}`, `has|have been ${DONE}`, `is|are being ${DONE}`, `already ${DONE}`, `i|we just ${DONE}`,
  ),

  othersDecide: phrases('manager|supervisor|management|accounts|department will|would|to decide|decides|make', 'manager|supervisor|management decision'),
  // "If you had called us in the morning, (we could send someone right away)".
  counterfactual: phrases('if_you_had|hadn\'t|hadnt', 'had_you called|told|let|rung|phoned|mentioned|informed'),
  isPast: (tokens, i) => PAST.has((tokens[i] as Token).norm),
  commitsAt,
  demonstrativeAt,
};
