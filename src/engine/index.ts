export { scoreReply, scoredRules, computeScore, type ScoreOptions } from './score-reply';
export type { Report, RuleResult, Evidence } from './report';
export { LANGS, isLang, type Lang } from './languages';
export { RULE_IDS, REQUIRED_RULES, PROHIBITIONS, VERDICTS, ruleKind, isRuleId, type RuleId, type Verdict } from './rule-ids';
