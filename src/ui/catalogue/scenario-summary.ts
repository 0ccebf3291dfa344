import type { Scenario } from '../../scenario/schema';

/** What a scenario's card, the filters and the progress screen need: no conversation, no rule data. */
export type ScenarioSummary = Pick<
  Scenario,
  'id' | 'version' | 'languages' | 'title' | 'summary' | 'channel' | 'setting' | 'difficulty' | 'estimatedMinutes' | 'company'
> & {
  customer: Pick<Scenario['customer'], 'name' | 'profile'> & { companion?: { name: string } };
};

export function summariseScenario(scenario: Scenario): ScenarioSummary {
  const { id, version, languages, title, summary, channel, setting, difficulty, estimatedMinutes, company, customer } = scenario;
  return {
    id,
    version,
    languages,
    title,
    summary,
    channel,
    setting,
    difficulty,
    estimatedMinutes,
    company,
    customer: {
      name: customer.name,
      profile: customer.profile,
      ...(customer.companion ? { companion: { name: customer.companion.name } } : {}),
    },
  };
}
