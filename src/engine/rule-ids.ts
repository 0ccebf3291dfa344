/**
 * The fixed rule ids shared by the engine, the scenario files and the tests.
 * Required behaviours are met or missed (apologise can also be violated by a non-apology);
 * prohibitions are met while kept and violated when broken.
 */
export const REQUIRED_RULES = [
  'clarify',
  'listen',
  'thank',
  'empathy',
  'apologise',
  'propose-solution',
  'involve-customer',
  'act-now',
  'follow-up',
  'greet-and-close',
] as const;

export const PROHIBITIONS = [
  'stay-calm',
  'no-blame',
  'no-overpromise',
  'formal-address',
  'patience',
  'address-person',
] as const;

export const RULE_IDS = [...REQUIRED_RULES, ...PROHIBITIONS] as const;

export type RequiredRuleId = (typeof REQUIRED_RULES)[number];
export type ProhibitionId = (typeof PROHIBITIONS)[number];
export type RuleId = (typeof RULE_IDS)[number];
export type RuleKind = 'required' | 'prohibition';

export const VERDICTS = ['met', 'missed', 'violated'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

export function ruleKind(id: RuleId): RuleKind {
  return (PROHIBITIONS as readonly string[]).includes(id) ? 'prohibition' : 'required';
}
