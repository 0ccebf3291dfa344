import { readFileSync } from 'node:fs';
import type { Report, RuleResult } from '../../src/engine/report';
import type { RuleId, Verdict } from '../../src/engine/rule-ids';
import { formatError } from '../../src/scenario/errors';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema';
import { VALID_FIXTURE } from './fixture-errors';

export const read = (file: string) => readFileSync(file, 'utf8');

/** The formatted lines for a file, or [] when it loads. */
export function errorLines(fileName: string, raw: string): string[] {
  const result = parseScenario(fileName, raw);
  return result.ok ? [] : result.errors.map(formatError);
}

/** The valid base fixture as plain data, changed by `edit`; for checks that need no frozen file. */
export function baseWith(edit: (s: ScenarioInput) => void = () => {}): ScenarioInput {
  const data = JSON.parse(read(VALID_FIXTURE)) as ScenarioInput;
  edit(data);
  return data;
}

/** The lines for a variant of the base, as if saved under its id. */
export function variantErrors(edit: (s: ScenarioInput) => void): string[] {
  const data = baseWith(edit);
  return errorLines(`${data.id}.json`, JSON.stringify(data));
}

export function loadBase(edit?: (s: ScenarioInput) => void): Scenario {
  const data = baseWith(edit);
  const result = parseScenario(`${data.id}.json`, JSON.stringify(data));
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.scenario;
}

/** A hand-made report: the score and the verdicts named; every other rule listed is met. */
export function report(score: number, verdicts: Partial<Record<RuleId, Verdict>> = {}, scored: RuleId[] = []): Report {
  const ids = [...new Set([...scored, ...(Object.keys(verdicts) as RuleId[])])];
  const rules: RuleResult[] = ids.map((id) => {
    const verdict = verdicts[id] ?? 'met';
    return { id, verdict, evidence: [], tip: `${id}.${verdict}` };
  });
  return { lang: 'en', score, rules };
}

export const turnOf = (s: ScenarioInput, i: number) => {
  const turn = s.conversation.turns[i];
  if (!turn) throw new Error(`no turn ${i}`);
  return turn;
};
