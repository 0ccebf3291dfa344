import type { Lang } from './languages';
import type { Scenario } from '../scenario/schema';
import { PhraseSet, type Pattern } from './text/pattern';

/** The scenario's per-language rule data, compiled once and cached per scenario object. */
export interface ScenarioFacts {
  /** One phrase set per key fact of the complaint, by fact id. */
  keyFacts: Map<string, PhraseSet>;
  solutions: PhraseSet;
  forbiddenOffers: PhraseSet;
  /**
   * The forbidden offers as no-overpromise reads them: most with a wider gap, since an offer's words may stand further
   * apart than a pack phrase's ("tagastame Teile igal juhul kogu koristuse eest makstud summa"); those led by a number
   * with the pack's gap, so "30" binds to the word after it, not to a discount five words on.
   */
  forbiddenWide: PhraseSet;
  forbiddenNarrow: PhraseSet;
  thirdPerson: PhraseSet;
  /** The largest discount the policy allows, in percent, when the scenario names one. */
  maxDiscountPercent?: number;
  /** The customer's companion by name, in any inflection ("Liis", "Liisile"): someone a pronoun may mean. */
  companion: PhraseSet;
  /** The words of the company's name, in any inflection ("Särav", "Kodust"): "siin Särav Kodu" names no agent. */
  company: PhraseSet;
}

const FORBIDDEN_GAP = 5;

const ledByNumber = (p: Pattern): boolean => p.slots[0]?.alternatives.some((a) => a.number || /^\d/.test(a.text)) ?? false;

const cache = new WeakMap<Scenario, Map<string, ScenarioFacts>>();

/** The company's name words as prefix patterns, legal forms left out: "Särav Kodu OÜ" → "särav*", "kodu*". */
function companyWords(scenario: Scenario): string[] {
  return scenario.company.split(/[^\p{L}]+/u).filter((w) => w.length >= 3).map((w) => `${w}*`);
}

/** The companion's names as prefix patterns, so inflected forms match: "Liis" → "liis*" (Liisi, Liisile, Liisą). */
function companionNames(scenario: Scenario): string[] {
  const name = scenario.customer.companion?.name ?? '';
  return name.split(/[^\p{L}]+/u).filter((w) => w.length >= 2).map((w) => `${w}*`);
}

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
  const forbiddenOffers = new PhraseSet(data?.forbiddenOffers ?? []);
  const facts: ScenarioFacts = {
    keyFacts,
    solutions: new PhraseSet(data?.solutions ?? []),
    forbiddenOffers,
    forbiddenWide: new PhraseSet(forbiddenOffers.patterns.filter((p) => !ledByNumber(p)).map((p) => p.source), FORBIDDEN_GAP),
    forbiddenNarrow: new PhraseSet(forbiddenOffers.patterns.filter(ledByNumber).map((p) => p.source)),
    thirdPerson: new PhraseSet(data?.thirdPerson ?? []),
    ...(data?.maxDiscountPercent === undefined ? {} : { maxDiscountPercent: data.maxDiscountPercent }),
    companion: new PhraseSet(companionNames(scenario)),
    company: new PhraseSet(companyWords(scenario)),
  };
  perScenario.set(key, facts);
  return facts;
}

/** Every phrase set of the facts, for the index that finds them all in one pass over a reply. */
export function factPhraseSets(facts: ScenarioFacts): PhraseSet[] {
  return [...facts.keyFacts.values(), facts.solutions, facts.forbiddenOffers, facts.forbiddenWide, facts.forbiddenNarrow, facts.thirdPerson,
    facts.companion, facts.company];
}
