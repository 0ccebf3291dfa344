import type { Lang } from './languages';
import type { RuleId, Verdict } from './rule-ids';

/** A span of the reply, in UTF-16 code units as String.prototype.slice counts them; text === reply.slice(start, end). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface RuleResult {
  id: RuleId;
  verdict: Verdict;
  /** The spans that decided the verdict; empty when the verdict rests on something missing. */
  evidence: Evidence[];
  /** An i18n key in the `tips` namespace, e.g. "apologise.violated"; the UI turns it into words. */
  tip: string;
}

export interface Report {
  lang: Lang;
  /** 0–100, see the README's "How a reply is scored". */
  score: number;
  /** One entry per rule the scenario scores on this turn, in the scenario's order. */
  rules: RuleResult[];
}
