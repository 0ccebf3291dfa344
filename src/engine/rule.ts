import type { Lang } from './languages';
import type { Evidence } from './report';
import type { RuleId, Verdict } from './rule-ids';
import type { AnalysedText } from './text/analyse';
import type { LanguagePack } from './lang/pack';
import type { ScenarioFacts } from './scenario-facts';
import type { Channel } from '../scenario/schema';

/** What a rule sees: the analysed reply, the language pack, and this scenario's data for that language. */
export interface RuleContext {
  reply: AnalysedText;
  lang: Lang;
  pack: LanguagePack;
  facts: ScenarioFacts;
  /** The customer's profile tags, e.g. elderly or family. */
  profile: readonly string[];
  channel: Channel;
  /** The reply answers the conversation's first turn (on the phone, later replies need no new greeting). */
  firstTurn: boolean;
}

export interface RuleOutcome {
  verdict: Verdict;
  evidence: Evidence[];
}

/** A rule is a pure function from the reply to a verdict with the spans that decided it. */
export interface Rule {
  id: RuleId;
  judge(ctx: RuleContext): RuleOutcome;
}

export const met = (evidence: Evidence[] = []): RuleOutcome => ({ verdict: 'met', evidence });
export const missed = (evidence: Evidence[] = []): RuleOutcome => ({ verdict: 'missed', evidence });
export const violated = (evidence: Evidence[]): RuleOutcome => ({ verdict: 'violated', evidence });
