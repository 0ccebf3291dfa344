import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../src/engine/languages';
import type { Report } from '../../../src/engine/report';
import { scoreReply } from '../../../src/engine/score-reply';
import { getTurn, localized, nextStep, startTurn } from '../../../src/scenario/conversation';
import { parseScenario } from '../../../src/scenario/load';
import type { Channel, Ending, Scenario, Turn } from '../../../src/scenario/schema';

/*
 * The tests read the shipped scenario files, so they follow the content as it is edited: the replies typed are the
 * scenario's own model answers, and the customer messages expected are the ones the conversation logic picks.
 */

const SCENARIO_DIR = join(process.cwd(), 'scenarios');

export function readScenario(id: string): Scenario {
  const fileName = `scenarios/${id}.json`;
  const result = parseScenario(fileName, readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8'));
  if (!result.ok) {
    const problems = result.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    throw new Error(`${fileName} does not load, so the app leaves it out:\n${problems}`);
  }
  return result.scenario;
}

/** Every scenario that loads, in id order (the broken ones the app leaves out too). */
export function readAllScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => parseScenario(`scenarios/${name}`, readFileSync(join(SCENARIO_DIR, name), 'utf8')))
    .flatMap((result) => (result.ok ? [result.scenario] : []))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The first scenario of each channel, for a look at each channel's view. */
export function oneScenarioPerChannel(): Map<Channel, Scenario> {
  const byChannel = new Map<Channel, Scenario>();
  for (const scenario of readAllScenarios()) {
    if (!byChannel.has(scenario.channel)) byChannel.set(scenario.channel, scenario);
  }
  return byChannel;
}

/** What the customer says on a turn, each line in the given language. */
export function customerLines(scenario: Scenario, turn: Turn, lang: Lang): string[] {
  return turn.lines.map((line) => localized(line.text, lang, scenario.languages));
}

export interface PlannedReply {
  turn: Turn;
  text: string;
  report: Report;
}

export interface Playthrough {
  replies: PlannedReply[];
  ending: Ending;
}

/**
 * The conversation the app will have when each turn is answered with `pick(turn)`: scored by the same engine the app
 * runs, so a test knows which customer message comes next and can say why when the content drifts.
 */
export function planConversation(scenario: Scenario, lang: Lang, pick: (turn: Turn) => string | undefined): Playthrough {
  const replies: PlannedReply[] = [];
  let turn = startTurn(scenario);
  for (let guard = 0; guard < 20; guard++) {
    const text = pick(turn);
    if (!text) {
      const path = replies.map((r) => `${r.turn.id} (${describeReport(r.report)})`).join(' → ');
      throw new Error(`${scenario.id}: no ${lang} reply for turn "${turn.id}"; the replies went ${path} → ${turn.id}`);
    }
    const report = scoreReply(text, { scenario, lang, turn: turn.id });
    replies.push({ turn, text, report });
    const step = nextStep(scenario, turn.id, report);
    if (step.kind === 'ending') return { replies, ending: step.ending };
    turn = step.turn;
  }
  throw new Error(`${scenario.id}: the conversation never reaches an ending`);
}

/** Every turn answered with its model answer: the best path, if the engine agrees with the content. */
export function modelAnswerPlaythrough(scenario: Scenario, lang: Lang): Playthrough {
  return planConversation(scenario, lang, (turn) => turn.modelAnswer?.[lang]);
}

/** Model answers where the turn has one and a plain reply elsewhere: some way to an ending, whatever it is. */
export function anyPlaythrough(scenario: Scenario, lang: Lang, fallback: string): Playthrough {
  return planConversation(scenario, lang, (turn) => turn.modelAnswer?.[lang] ?? fallback);
}

/** Where a reply to a turn leads, as the app will decide it. */
export function stepAfter(scenario: Scenario, turnId: string, text: string, lang: Lang) {
  const report = scoreReply(text, { scenario, lang, turn: turnId });
  return { report, step: nextStep(scenario, turnId, report) };
}

export function turnById(scenario: Scenario, id: string): Turn {
  const turn = getTurn(scenario, id);
  if (!turn) throw new Error(`${scenario.id} has no turn "${id}"`);
  return turn;
}

/** A report's verdicts in one line, for failure messages. */
export function describeReport(report: Report): string {
  return `score ${report.score}: ${report.rules.map((r) => `${r.id}=${r.verdict}`).join(', ')}`;
}

export { localized };
