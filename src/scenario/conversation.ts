import { LANGS, type Lang } from '../engine/languages';
import type { Report } from '../engine/report';
import type { RuleId } from '../engine/rule-ids';
import type { Condition, Ending, Scenario, Turn } from './schema';

/*
 * Which customer turn comes next, given the report on the trainee's reply. Pure: the player, the
 * validator and the tests all walk conversations through these functions.
 */

export type Step = { kind: 'turn'; turn: Turn } | { kind: 'ending'; ending: Ending };

export function getTurn(scenario: Scenario, id: string): Turn | undefined {
  return scenario.conversation.turns.find((t) => t.id === id);
}

export function getEnding(scenario: Scenario, id: string): Ending | undefined {
  return scenario.conversation.endings.find((e) => e.id === id);
}

/** The first customer turn. Throws only for a scenario that failed validation. */
export function startTurn(scenario: Scenario): Turn {
  const turn = getTurn(scenario, scenario.conversation.start);
  if (!turn) throw new Error(`Scenario "${scenario.id}" has no start turn "${scenario.conversation.start}"`);
  return turn;
}

/** The turn or ending with this id, if any. */
export function stepTo(scenario: Scenario, id: string): Step | undefined {
  const turn = getTurn(scenario, id);
  if (turn) return { kind: 'turn', turn };
  const ending = getEnding(scenario, id);
  return ending ? { kind: 'ending', ending } : undefined;
}

/** The rules scored on this turn, in the scenario's order. */
export function turnRules(scenario: Scenario, turn: Turn): RuleId[] {
  return (Object.keys(scenario.rules) as RuleId[]).filter((id) => !turn.skipRules.includes(id));
}

/**
 * Whether every field given in the condition holds for the report. A rule named in `verdicts` but
 * absent from the report (not scored on that turn) has no verdict, so it does not hold.
 */
export function conditionHolds(when: Condition | undefined, report: Report): boolean {
  if (!when) return true;
  if (when.minScore !== undefined && report.score < when.minScore) return false;
  if (when.maxScore !== undefined && report.score > when.maxScore) return false;
  for (const [id, allowed] of Object.entries(when.verdicts ?? {})) {
    const result = report.rules.find((r) => r.id === id);
    if (!result || !allowed?.includes(result.verdict)) return false;
  }
  if (when.anyViolated !== undefined) {
    const violated = report.rules.some((r) => r.verdict === 'violated');
    if (violated !== when.anyViolated) return false;
  }
  return true;
}

/** The first transition of the turn whose condition holds, if any (validated turns always end in a fallback). */
function findNext(scenario: Scenario, turn: Turn, report: Report): Step | undefined {
  const transition = turn.next.find((t) => conditionHolds(t.when, report));
  return transition && stepTo(scenario, transition.to);
}

/** The step after the trainee's reply to turn `turnId`. Throws only for a scenario that failed validation. */
export function nextStep(scenario: Scenario, turnId: string, report: Report): Step {
  const turn = getTurn(scenario, turnId);
  if (!turn) throw new Error(`Scenario "${scenario.id}" has no turn "${turnId}"`);
  const step = findNext(scenario, turn, report);
  if (!step) throw new Error(`Scenario "${scenario.id}": turn "${turnId}" has no next step for this report`);
  return step;
}

/** The report a flawless reply to this turn would get: score 100, every scored rule met. */
export function perfectReport(scenario: Scenario, turn: Turn, lang: Lang = scenario.languages[0] ?? 'et'): Report {
  return {
    lang,
    score: 100,
    rules: turnRules(scenario, turn).map((id) => ({ id, verdict: 'met', evidence: [], tip: `${id}.met` })),
  };
}

export interface BestPath {
  /** The turns met when every reply is perfect, from the start. */
  turns: Turn[];
  /** Where they lead; absent only in a scenario that failed validation. */
  ending?: Ending;
  /** Set when perfect replies come back to this turn, so the conversation would never end. */
  loopsAt?: Turn;
}

/** The conversation the trainee has when every reply earns a perfect report. */
export function bestPath(scenario: Scenario): BestPath {
  const turns: Turn[] = [];
  let step = stepTo(scenario, scenario.conversation.start);
  while (step?.kind === 'turn') {
    const turn = step.turn;
    if (turns.includes(turn)) return { turns, loopsAt: turn };
    turns.push(turn);
    step = findNext(scenario, turn, perfectReport(scenario, turn));
  }
  return step ? { turns, ending: step.ending } : { turns };
}

/**
 * The text in `lang`, else in the first of `languages` that has it (pass the scenario's languages,
 * so a scenario without the learner's language shows its own first one).
 */
export function localized<T>(text: Partial<Record<Lang, T>>, lang: Lang, languages: readonly Lang[] = LANGS): T {
  for (const candidate of [lang, ...languages, ...LANGS]) {
    const value = text[candidate];
    if (value !== undefined) return value;
  }
  throw new Error('A localized text has no language at all');
}
