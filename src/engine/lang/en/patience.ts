import type { PatiencePack } from '../../rules/patience';
import { phrases } from '../../text/pattern';

/**
 * Sending the child out or calling it loud: "Could you take him outside for a minute? He's quite loud." Impatience
 * with the child, and a reproach of the parent too, so no-blame reads the same phrases.
 */
export const CHILD_SENT_OUT = [
  'take him|her|them outside',
  'take child|kid|son|daughter|baby|toddler outside',
  'take him|her|them out for a minute|moment|bit|while',
  "he's|she's|hes|shes quite|very|so|too|really|rather|pretty loud|noisy",
  'he|she|child|kid|son|daughter|baby|toddler is quite|very|so|too|really|rather|pretty loud|noisy',
  "he's|she's|hes|shes loud|noisy",
];

export const patience: PatiencePack = {
  impatience: phrases(
    // Rushing.
    'please hurry|rush', 'hurry_up', 'you need|must|should hurry', 'please be_quick', 'be_quick please', 'could|can you be_quick', 'quickly please', 'faster please', 'please quickly|faster',
    'speak|talk|decide faster|quicker|quickly', 'you speed_up', 'speed_up please', 'speed_up a_bit', 'other customers|people|clients waiting', 'people|customers waiting behind', 'yeah_yeah', 'yes_yes', 'okay_okay', 'ok_ok', 'get to the point', 'get_to_the_point', 'make_it_quick',
    // Repeating with reproach.
    'as|like i|we already said|told|mentioned|explained|stated', 'as|like i|we said|told|mentioned|explained before|earlier',
    'like_i_said', 'as_i_said', 'i|we already told you', 'i|we already said|explained this|that|it', 'i|we already said|explained to_you', "i've|we've already told you", "i've|we've already said|explained this|that|it", "i've|we've already said|explained to_you", 'for_the last|third|second|hundredth time',
    'told|explained|said|repeated|mentioned twice', 'told|explained|said|repeated|mentioned three|several|many|multiple times', 'i_repeat', 'how_many_times', 'are you listening', 'are_you_even listening', 'if you would|had only|just listen|listened',
    // Irritation at the child.
    'child|children|kid|kids|son|daughter|toddler is|are disturbing|bothering|disrupting|annoying|upsetting',
    'disturbing|bothering|disrupting|annoying everyone|other|others', 'keep|get|make your|the child|children|kid|kids|son|daughter quiet|still', 'keep|get your|the child|children|kid|kids under_control',
    'quiet|control|hush your child|children|kid|kids|son|daughter', 'other guests|customers|diners are|have complaining|complained|disturbed',
    'child|kid|children is|are too loud|noisy', 'please keep it down', 'please keep the_noise down',
    'keep|get|make him|her|them quiet|still|down',
    ...CHILD_SENT_OUT,
    // Rushing: "OK, quickly then", "the clock is ticking".
    'ok_quickly_then', 'okay_quickly_then', 'right_quickly_then', 'so_quickly_then', 'ok_quick_then', 'clock_is_ticking', 'time_is_ticking', 'make_it_snappy', 'chop_chop',
    // Asked of the parent: "could you calm him down?" ("I'll help calm him down" is kindness).
    'you calm|settle him|her|them|the|your', 'other guests|customers|diners|people are|have trying|eating',
    // Dismissing the wait or the trouble: "Food's coming when it comes", "what do you want me to do?".
    'comes_when_it_comes', 'come_when_it_comes', "ready_when_it's|its ready", 'ready_when_it_is_ready', 'what_do_you_want_me_to_do',
    'remember it|that yourself',
    // Other customers as a reason to hurry this one: "you're not the only table here", "I've got five other tables".
    'not the_only table|customer|guest|client|caller', 'got|have two|three|four|five|six|ten|many|several|all|these other tables|customers|guests|calls|callers', 'got|have #num other tables|customers|guests|calls|callers', 'other tables|customers|calls|callers waiting',
    'could|can|would you speed_up', 'you speak|talk slowly|slow', 'you speak|talk so|very|too slowly|slow',
    // Adjacent: "I'll come back to you when it's ready" promises.
    'come_when it\'s|its ready', 'comes_when it\'s|its ready', 'ready_when it\'s|its ready', 'come_when it_is ready', 'comes_when it_is ready', 'chill_out', "it's_coming_lol",
  ),
  // Not "listen": "Listen, I'm so sorry" is as often friendly.
  irritatedOpeners: phrases('look', 'look_here', 'now_look', 'well_look', 'seriously'),
  impatienceNegative: phrases(
    "isn't|wasn't that|so long", 'is_not that|so long', 'was_not that|so long', "can't|cannot|cant|don't|dont even remember", 'can_not even remember', 'do_not even remember',
    "don't|dont have all_day", 'do_not have all_day', "haven't|havent got all_day", "don't|dont have time for this", 'do_not have time for this', "can't|cannot spend all_day",
    "don't|dont you understand", "aren't|arent you listening", 'no_time for this|that', "haven't|havent got time for this|that",
    // What follows carries its own negation or is not reversed by one after it ("…, not run around").
    // Rushing the call: "let's keep this quick", "I've got a queue of calls".
    // "Just a yes or a no is fine": the "no" asked for is no negator.
    'just|only|simply yes or no', 'yes_or_no_please', 'quick yes or no',
    "let's|lets keep|make this|it quick|short|brief", 'let_us keep|make this|it quick|short|brief', 'queue|line of calls|callers',
    // The customer's volume blamed: "shouting won't make the food come any faster", "because you're talking so loudly".
    "shouting|yelling|screaming won't|wont|doesn't|doesnt|not make|help|speed|change|bring",
    'you are|were|keep talking|speaking|shouting so|too|very loud|loudly', "you're|youre talking|speaking|shouting so|too|very loud|loudly",
    // Rules for the child aimed at the parent: "children should stay at the table", "make sure your child is quieter".
    'child|children|kid|kids|son|daughter|toddler should|must|need|needs|have|has stay|sit|be|remain at table', 'child|children|kid|kids|son|daughter|toddler should|must|need|needs|have|has stay|sit|be|remain seated|quiet|quieter|still',
    'make_sure your|the child|children|kid|kids|son|daughter is|are|stays|stay quiet|quieter|seated',
    // The wait dismissed as ordinary: "half an hour isn't unusual here".
    "hour|hours|minutes|wait|waiting isn't|isnt|wasn't|wasnt unusual|uncommon|long|much|abnormal", 'hour|hours|minutes|wait|waiting is|was not unusual|uncommon|long|much|abnormal',
  ),
};
