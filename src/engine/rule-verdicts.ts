import { ruleKind, type RuleId, type Verdict } from './rule-ids';

/**
 * The verdicts a rule can reach: required behaviours are met or missed, prohibitions met or violated, and apologise,
 * a required behaviour, can also be violated by a non-apology. The UI needs a tip for each of these.
 */
export function possibleVerdicts(id: RuleId): readonly Verdict[] {
  if (ruleKind(id) === 'prohibition') return ['met', 'violated'];
  return id === 'apologise' ? ['met', 'missed', 'violated'] : ['met', 'missed'];
}
