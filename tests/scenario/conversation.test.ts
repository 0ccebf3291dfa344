import { describe, expect, it } from 'vitest';
import {
  bestPath,
  conditionHolds,
  getEnding,
  getTurn,
  localized,
  nextStep,
  perfectReport,
  startTurn,
  turnRules,
} from '../../src/scenario/conversation';
import { loadBase, report } from './helpers';

const scenario = loadBase();
const idOf = (step: ReturnType<typeof nextStep>) => (step.kind === 'turn' ? step.turn.id : step.ending.id);

describe('nextStep', () => {
  it('goes to the next turn after a reply that breaks no rule', () => {
    expect(idOf(nextStep(scenario, 't1', report(40, { listen: 'missed' })))).toBe('t2');
  });

  it('takes the first transition whose condition holds', () => {
    expect(nextStep(scenario, 't1', report(90, { 'stay-calm': 'violated' }))).toEqual({
      kind: 'ending',
      ending: getEnding(scenario, 'lost'),
    });
  });

  it('falls back to the last transition when no condition holds', () => {
    expect(idOf(nextStep(scenario, 't2', report(59)))).toBe('escalated');
    expect(idOf(nextStep(scenario, 't2', report(60)))).toBe('resolved');
  });

  it('throws for a turn the scenario does not have', () => {
    expect(() => nextStep(scenario, 't9', report(100))).toThrow('no turn "t9"');
  });
});

describe('conditionHolds', () => {
  it('holds with no condition at all', () => {
    expect(conditionHolds(undefined, report(0))).toBe(true);
  });

  it('includes both score bounds', () => {
    const when = { minScore: 50, maxScore: 80 };
    expect([49, 50, 80, 81].map((score) => conditionHolds(when, report(score)))).toEqual([false, true, true, false]);
  });

  it('needs every listed rule to have one of its listed verdicts', () => {
    const when = { verdicts: { apologise: ['met' as const], listen: ['met' as const, 'missed' as const] } };
    expect(conditionHolds(when, report(50, { apologise: 'met', listen: 'missed' }))).toBe(true);
    expect(conditionHolds(when, report(50, { apologise: 'violated', listen: 'met' }))).toBe(false);
  });

  it('does not hold for a rule the report does not score', () => {
    expect(conditionHolds({ verdicts: { thank: ['met'] } }, report(100, { listen: 'met' }))).toBe(false);
  });

  it('tells a report with a violation from one without', () => {
    const violated = report(70, { 'no-blame': 'violated' });
    const clean = report(70, { listen: 'missed' });
    expect([conditionHolds({ anyViolated: true }, violated), conditionHolds({ anyViolated: true }, clean)]).toEqual([true, false]);
    expect([conditionHolds({ anyViolated: false }, violated), conditionHolds({ anyViolated: false }, clean)]).toEqual([false, true]);
  });

  it('needs all given fields to hold together', () => {
    const when = { minScore: 60, anyViolated: false };
    expect(conditionHolds(when, report(90, { 'stay-calm': 'violated' }))).toBe(false);
    expect(conditionHolds(when, report(90))).toBe(true);
  });
});

describe('bestPath', () => {
  it('follows perfect replies from the start to the resolved ending', () => {
    const path = bestPath(scenario);
    expect(path.turns.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(path.ending?.outcome).toBe('resolved');
    expect(path.loopsAt).toBeUndefined();
  });

  it('stops where perfect replies come back to a turn already seen', () => {
    // Validation rejects such a scenario, so it is built past the loader.
    const looping = structuredClone(scenario);
    looping.conversation.turns[1]!.next = [{ when: { anyViolated: false }, to: 't1' }, { to: 'escalated' }];
    const path = bestPath(looping);
    expect(path.turns.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(path.loopsAt?.id).toBe('t1');
    expect(path.ending).toBeUndefined();
  });
});

describe('perfectReport and turnRules', () => {
  it('meets every rule scored on the turn, leaving out the skipped ones', () => {
    const t2 = getTurn(scenario, 't2')!;
    expect(turnRules(scenario, t2)).not.toContain('thank');
    const perfect = perfectReport(scenario, t2);
    expect(perfect.score).toBe(100);
    expect(perfect.rules.map((r) => r.id)).toEqual(turnRules(scenario, t2));
    expect(perfect.rules.every((r) => r.verdict === 'met')).toBe(true);
  });
});

describe('startTurn', () => {
  it('is the turn named by conversation.start', () => {
    expect(startTurn(scenario).id).toBe('t1');
  });
});

describe('localized', () => {
  const text = { et: 'Tere', en: 'Hello' };

  it('picks the language asked for', () => {
    expect(localized(text, 'en', ['et', 'en'])).toBe('Hello');
  });

  it("falls back to the scenario's first language", () => {
    expect(localized(text, 'pl', ['en', 'et'])).toBe('Hello');
    expect(localized(text, 'pl', ['et', 'en'])).toBe('Tere');
  });

  it('works for lists of text too', () => {
    expect(localized(scenario.policy, 'pl', scenario.languages)).toEqual([
      'Można zwrócić opłatę za dostawę.',
      'Można zaproponować 20% rabatu na następne zamówienie.',
    ]);
  });
});
