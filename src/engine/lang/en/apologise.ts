import type { ApologisePack } from '../../rules/apologise';
import { phrases } from '../../text/pattern';

export const apologise: ApologisePack = {
  apologies: phrases('apolog*', 'sorry', 'regret|regrets|regretted', 'forgive', 'excuse_us'),
  regrets: phrases('sorry to_hear|read|learn|see|find', 'sad|saddened|unhappy to_hear|read|learn', 'regrettable', 'we|i are|am|feel embarrassed|ashamed', "we're|i'm embarrassed|ashamed"),
  regretFiller: new Set(['to', 'hear', 'read', 'learn', 'see', 'find', 'that', 'this', 'about', 'it', 'so', 'very', 'really', 'truly', 'such', 'news', 'of', 'out', 'is', 'was', 'embarrassed', 'ashamed']),
  hearing: new Set(['hear', 'read', 'learn', 'see', 'find', 'heard', 'learnt', 'learned']),
  // English "if" never compares.
  comparatives: new Set(),
  refusals: phrases('nothing to apologi*|apologiz*|be', 'apology|apologies not|unnecessary|needed|necessary|required|warranted', 'no need for apolog*'),
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
  ),
  perception: new Set(['feel', 'feels', 'felt', 'think', 'thought', 'perceive', 'perceived', 'seem', 'seemed', 'seems', 'believe', 'consider', 'considered', 'impression', 'view']),
  blamedSubjects: new Set(['you', "you're", 'youre', "you've", "you'd", 'yourself']),
};
