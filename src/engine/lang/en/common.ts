import type { CommonPack } from '../pack';
import { phrases } from '../../text/pattern';

export const common: CommonPack = {
  negators: new Set(['not', "don't", 'dont', "can't", 'cant', 'cannot', "won't", 'wont', 'never', 'no', "didn't", 'didnt', "isn't", "aren't", "wasn't", "shouldn't", "wouldn't", "haven't", 'without',
    // Negative pronouns negate the clause they stand in: "nothing can arrive tomorrow", "nobody will charge you".
    'nothing', 'nobody', 'none', 'nor', 'neither', "doesn't", 'doesnt', "couldn't", "hasn't", "hadn't", "weren't", "mustn't"]),
  questionOpeners: new Set(['what', 'when', 'where', 'who', 'which', 'why', 'how', 'could', 'would', 'can', 'do', 'did', 'does', 'is', 'are', 'was', 'were', 'may', 'shall', 'should', 'will', 'have', 'has']),
  conditionals: new Set(['if', 'whether', 'unless']),
  contrast: new Set(['but', 'however', 'although', 'though', 'yet']),
  addressee: new Set(['you', 'your', 'yours', 'yourself', "you're", 'youre', "you've", "you'd", "you'll", 'u', 'ya']),
  clauseOpeners: new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'but', 'although', 'though', 'while', 'whereas', 'when', 'if', 'unless', 'since', 'where', 'so',
    // Indirect questions: "let you know by 4 pm what happened" keeps "happened" out of the time's clause.
    'what', 'whether', 'how', 'why']),
  falseNegations: phrases(
    'at_no extra|additional|cost|charge',
    'no extra|additional cost|costs|charge|charges|fee|fees',
    'no charge|cost|fee',
    'no_later than',
    'no_problem',
    'not_only', 'not_just', 'not_merely',
    'no_matter',
    'without extra|additional|any cost|costs|charge|charges|fee|fees|delay',
    'without cost|charge|delay|fail',
    'not_a_problem', "won't|wont|not be_a_problem", "won't|wont|not be_an_issue",
  ),
  hypothetical: phrases(
    'could|would|should|might|must have',
    "could've|would've|should've|might've|must've|couldve|wouldve|shouldve",
    'ought_to',
    'was|were supposed_to',
  ),
};
