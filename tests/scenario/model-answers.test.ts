import { describe, expect, it } from 'vitest';
import { readScenarioDir } from '../../src/cli/read-scenarios';
import { scoreReply } from '../../src/engine/score-reply';

/*
 * The model answers are what the debrief holds up as the example to follow, so the engine must find in them
 * every rule each turn scores. A failure here means either the answer or the engine has to change.
 */
const { scenarios } = readScenarioDir('scenarios');

describe.each(scenarios.map((s) => [s.id, s] as const))('the model answers of %s', (_id, scenario) => {
  const answered = scenario.conversation.turns.flatMap((turn) =>
    scenario.languages.flatMap((lang) => (turn.modelAnswer?.[lang] ? [[turn.id, lang, turn.modelAnswer[lang]] as const] : [])),
  );

  it.each(answered)('meet every rule scored on turn %s in %s', (turn, lang, answer) => {
    const report = scoreReply(answer, { scenario, lang, turn });
    const notMet = report.rules.filter((r) => r.verdict !== 'met').map((r) => `${r.id} ${r.verdict}`);
    expect(notMet).toEqual([]);
  });
});
