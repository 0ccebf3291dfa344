import type { ApologisePack } from '../../rules/apologise';
import { phrases } from '../../text/pattern';

export const apologise: ApologisePack = {
  apologies: phrases('apolog*', 'sorry', 'regret|regrets|regretted', 'forgive', 'excuse_us'),
  regrets: phrases('sorry to_hear|read|learn|see|find', 'sad|saddened|unhappy to_hear|read|learn', 'regrettable', 'we|i are|am|feel embarrassed|ashamed', "we're|i'm embarrassed|ashamed"),
  regretFiller: new Set(['to', 'hear', 'read', 'learn', 'see', 'find', 'that', 'this', 'about', 'it', 'so', 'very', 'really', 'truly', 'such', 'news', 'of', 'out', 'is', 'was', 'embarrassed', 'ashamed']),
  hearing: new Set(['hear', 'read', 'learn', 'see', 'find', 'heard', 'learnt', 'learned']),
  // English "if" never compares.
  comparatives: new Set(),
  refusals: phrases(
    'nothing to apologi*|apologiz*|be', 'apology|apologies not|unnecessary|needed|necessary|required|warranted|isn\'t|isnt|wouldn\'t|wouldnt', 'no need for apolog*',
    // "I'm unable at this point to offer an apology", "not in a position to apologise".
    'unable to apolog*', 'not_in_a_position to apolog*',
  ),
  otherCause: phrases(
    'slow|late|delayed|belated reply|response|answer|replying|responding',
    'delay replying|responding|answering|reply|response',
    'delay|delayed|late getting|get|coming back',
    'to_bother|disturb|trouble|interrupt you',
    'regret_to inform|say|tell',
    'getting back late', 'getting back so_late',
    'took|taking|take so|this long|while to reply|respond|answer|get|come',
    'took|taking|take such_a long|while to reply|respond|answer|get|come',
    'long|late reply|response|answer',
    // "it's taken us until this evening to reply".
    'taken|took us|me until|till',
  ),
  perception: new Set(['feel', 'feels', 'felt', 'think', 'thought', 'perceive', 'perceived', 'seem', 'seemed', 'seems', 'believe', 'consider', 'considered', 'impression', 'view']),
  perceptionByYou: new Set(),
  blamedSubjects: new Set(['you', "you're", 'youre', "you've", "you'd", 'yourself']),
  offeredToYou: new Set(['will', 'can', 'may', 'get', 'receive']),
  arguing: new Set(['obviously']),
  coordinators: new Set(['and']),
  customerApology: phrases(
    "please|oh don't|dont apologi*", 'please do_not apologi*', "you don't|dont|needn't|neednt need|have to_apologi*", 'you_do_not need|have to_apologi*',
    "you_needn't|neednt apologi*", 'you_have_nothing to_apologi*', 'no_need to_apologi* at_all',
  ),
  phoneWait: phrases('on_the line|phone', 'on_hold', 'the_hold', 'hold_time', 'to_get_through', 'answer|answering|pick|picking the|your call', 'phone|call_queue', 'hold_music'),
  pending: phrases('until', 'before_i|we know|have|hear|speak|check|find|talk', 'not_yet know', "don't|dont know_yet", 'without_knowing'),
  waiting: phrases('wait', 'waiting', 'waited', 'holding', 'hold'),
  desk: phrases('desk', 'reception', 'check-in', 'check_in', 'lobby'),
  excuses: phrases(
    'ill', 'sick', 'unwell', 'illness', 'sickness', 'off_sick', 'called_in_sick',
    'nobody|noone can|could control|help|predict|foresee', 'no_one can|could control|help|predict|foresee', 'beyond|outside our|anyone\'s|anyones control', 'out_of our|anyone\'s|anyones control',
    'no control over', "can't|cannot|couldn't|couldnt control",
    'busy', 'overloaded', 'swamped', 'overwhelmed', 'short-staffed', 'understaffed', 'short_staffed', 'rush_hour', 'peak time|times|hours',
    'result|resulted|stem|stemmed|came|come from', 'partly|partially due|because|caused', 'due_to', 'caused_by',
    'these|such things happen', 'it_happens', 'happens to everyone', 'traffic', 'weather',
    'lunchtime', 'lunch_time|rush|hour', "we're full", 'we_are full', 'full_house',
    // Helplessness: "sorry, but there's nothing I can do about that", "…I can't fix the lift myself".
    'nothing i|we can|could do', 'fix|repair|mend myself|ourselves',
    // The customer's message made the cause: "sorry, but we can't tell from one sentence…", "we can't read minds".
    'from one sentence|line|word', 'from a_single sentence|line|word', 'read minds', 'mind_readers',
  ),
  notOurFault: phrases("not my|our fault", "isn't|wasn't|isnt|wasnt my|our fault", 'no fault of_ours|mine', 'nothing to_do with_us|me'),
  reassurance: phrases('take_your_time', 'take_as_long', 'no_hurry|rush', 'all_the_time you_need', 'as_slowly as'),
};
