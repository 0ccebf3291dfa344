import { ruleKind, type RuleId, type Verdict } from '../../engine/rule-ids';

const VERDICT_LABEL = {
  met: 'verdict.met',
  kept: 'verdict.kept',
  missed: 'verdict.missed',
  violated: 'verdict.violated',
} as const;

/** The word for a verdict: a prohibition that was met was kept, a required behaviour was done. */
export function verdictLabel(rule: RuleId, verdict: Verdict): (typeof VERDICT_LABEL)[keyof typeof VERDICT_LABEL] {
  if (verdict === 'met' && ruleKind(rule) === 'prohibition') return VERDICT_LABEL.kept;
  return VERDICT_LABEL[verdict];
}

/** Shapes that differ without colour: a tick, a dash, a cross. */
export const VERDICT_ICON: Record<Verdict, string> = { met: '✓', missed: '–', violated: '✗' };
