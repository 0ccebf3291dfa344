import type { Lang } from './languages';
import type { Report, RuleResult } from './report';
import { ruleKind, type RuleId } from './rule-ids';
import type { Scenario } from '../scenario/schema';
import { PACKS } from './lang';
import { RULES } from './rules';
import { factPhraseSets, scenarioFacts } from './scenario-facts';
import { analyse } from './text/analyse';
import { collectPhraseSets, PhraseIndex } from './text/phrase-index';
import type { PhraseSet } from './text/pattern';

export interface ScoreOptions {
  scenario: Scenario;
  lang: Lang;
  /** The customer turn being answered; defaults to the conversation's start. */
  turn?: string;
}

/** The rules the scenario scores on this turn, in the scenario's order. */
export function scoredRules(scenario: Scenario, turnId: string): RuleId[] {
  const skip = new Set(scenario.conversation.turns.find((t) => t.id === turnId)?.skipRules ?? []);
  return (Object.keys(scenario.rules) as RuleId[]).filter((id) => !skip.has(id));
}

/**
 * The score: the weighted share of the required behaviours met, minus the weight of each rule violated
 * (a prohibition broken, or a non-apology), on the same scale, clamped to 0–100.
 */
export function computeScore(scenario: Scenario, rules: readonly RuleResult[]): number {
  let possible = 0;
  let earned = 0;
  for (const r of rules) {
    const weight = scenario.rules[r.id] ?? 1;
    if (ruleKind(r.id) === 'required') {
      possible += weight;
      if (r.verdict === 'met') earned += weight;
    }
    if (r.verdict === 'violated') earned -= weight;
  }
  if (possible === 0) return rules.some((r) => r.verdict === 'violated') ? 0 : 100;
  return Math.max(0, Math.min(100, Math.round((100 * earned) / possible)));
}

const indexes = new WeakMap<object, PhraseIndex>();

/** The phrase sets of a pack, or of a scenario's facts for one language and turn, indexed together on first use. */
function indexFor<T extends object>(owner: T, setsOf: (owner: T) => PhraseSet[]): PhraseIndex {
  let index = indexes.get(owner);
  if (!index) {
    index = new PhraseIndex(setsOf(owner));
    indexes.set(owner, index);
  }
  return index;
}

/** Scores one reply to one turn of a scenario. Pure and deterministic; never throws on any text. */
export function scoreReply(text: string, { scenario, lang, turn }: ScoreOptions): Report {
  const turnId = turn ?? scenario.conversation.start;
  const reply = analyse(text);
  const pack = PACKS[lang];
  indexFor(pack, collectPhraseSets).prime(reply);
  const facts = scenarioFacts(scenario, lang, turnId);
  indexFor(facts, factPhraseSets).prime(reply);
  const profile = scenario.customer.profile;
  const channel = scenario.channel;
  const firstTurn = turnId === scenario.conversation.start;
  const rules: RuleResult[] = scoredRules(scenario, turnId).map((id) => {
    const outcome = RULES[id].judge({ reply, lang, pack, facts, profile, channel, firstTurn });
    return { id, verdict: outcome.verdict, evidence: outcome.evidence, tip: `${id}.${outcome.verdict}` };
  });
  return { lang, score: computeScore(scenario, rules), rules };
}
