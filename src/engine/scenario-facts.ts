import type { Lang } from './languages';
import type { Scenario } from '../scenario/schema';
import { PhraseSet } from './text/pattern';

/** The scenario's per-language rule data, compiled once and cached per scenario object. */
export interface ScenarioFacts {
  /** One phrase set per key fact of the complaint, by fact id. */
  keyFacts: Map<string, PhraseSet>;
  solutions: PhraseSet;
  forbiddenOffers: PhraseSet;
  thirdPerson: PhraseSet;
}

const cache = new WeakMap<Scenario, Map<string, ScenarioFacts>>();

export function scenarioFacts(scenario: Scenario, lang: Lang, turnId: string): ScenarioFacts {
  let perScenario = cache.get(scenario);
  if (!perScenario) {
    perScenario = new Map();
    cache.set(scenario, perScenario);
  }
  const key = `${lang}\u0000${turnId}`;
  const known = perScenario.get(key);
  if (known) return known;

  const data = scenario.ruleData[lang];
  const turn = scenario.conversation.turns.find((t) => t.id === turnId);
  const keyFacts = new Map<string, PhraseSet>();
  for (const [id, patterns] of Object.entries({ ...data?.keyFacts, ...turn?.keyFacts?.[lang] })) {
    keyFacts.set(id, new PhraseSet(patterns));
  }
  const facts: ScenarioFacts = {
    keyFacts,
    solutions: new PhraseSet(data?.solutions ?? []),
    forbiddenOffers: new PhraseSet(data?.forbiddenOffers ?? []),
    thirdPerson: new PhraseSet(data?.thirdPerson ?? []),
  };
  perScenario.set(key, facts);
  return facts;
}
