import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema';
import { RULE_IDS, type RuleId } from '../../src/engine/rule-ids';
import type { Lang } from '../../src/engine/languages';

type RuleDataInput = NonNullable<ScenarioInput['ruleData']>[Lang];

export interface ScenarioOverrides {
  id?: string;
  rules?: readonly RuleId[];
  profile?: Scenario['customer']['profile'];
  channel?: Scenario['channel'];
  ruleData?: Partial<Record<Lang, Partial<NonNullable<RuleDataInput>>>>;
}

/**
 * A small valid scenario for engine tests: scores every rule unless told otherwise, with empty rule data.
 * Tests say only what matters to them: makeScenario({ rules: ['apologise'] }).
 */
export function makeScenario(overrides: ScenarioOverrides = {}): Scenario {
  const text = { et: 'x', en: 'x', pl: 'x' };
  const rules = Object.fromEntries((overrides.rules ?? RULE_IDS).map((id) => [id, 2]));
  const ruleData = Object.fromEntries(
    (['et', 'en', 'pl'] as const).map((lang) => [lang, { keyFacts: {}, ...overrides.ruleData?.[lang] }]),
  );
  return scenarioSchema.parse({
    id: overrides.id ?? 'test-scenario',
    version: 1,
    languages: ['et', 'en', 'pl'],
    title: text,
    summary: text,
    channel: overrides.channel ?? 'email',
    setting: 'cleaning',
    difficulty: 'easy',
    estimatedMinutes: 5,
    company: 'Särav Kodu OÜ',
    customer: { name: 'Test', profile: overrides.profile ?? [] },
    brief: text,
    policy: { et: ['x'], en: ['x'], pl: ['x'] },
    rules,
    ruleData,
    conversation: {
      start: 't1',
      turns: [
        { id: 't1', mood: -1, lines: [{ text }], modelAnswer: text, next: [{ to: 't2' }] },
        { id: 't2', mood: 0, lines: [{ text }], modelAnswer: text, next: [{ to: 'done' }] },
      ],
      endings: [{ id: 'done', outcome: 'resolved', mood: 1, message: text }],
    },
  });
}
