import type { RuleResult } from '../../engine/report';
import type { RuleId, Verdict } from '../../engine/rule-ids';

/** One evidence span of the reply, tied to the rule and verdict it supports. */
export interface Mark {
  start: number;
  end: number;
  rule: RuleId;
  verdict: Verdict;
}

/** A run of the reply's text: plain, or covered by one or more marks; tags follow the marks that end here. */
export interface Segment {
  text: string;
  /** The most serious verdict among the marks covering this run, or null for plain text. */
  verdict: Verdict | null;
  rules: RuleId[];
  endingMarks: Mark[];
}

const SEVERITY: Record<Verdict, number> = { met: 0, missed: 1, violated: 2 };

/** The evidence spans of a report, clipped to the reply and in reading order. */
export function marksOf(text: string, rules: readonly RuleResult[]): Mark[] {
  const marks: Mark[] = [];
  for (const rule of rules) {
    for (const evidence of rule.evidence) {
      const start = Math.max(0, Math.min(text.length, evidence.start));
      const end = Math.max(start, Math.min(text.length, evidence.end));
      if (end > start) marks.push({ start, end, rule: rule.id, verdict: rule.verdict });
    }
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Splits the reply at every mark's edge, so overlapping evidence (one phrase that thanks and apologises) shows
 * as one run carrying both rules, and each mark's label follows the text where it ends.
 */
export function segmentsOf(text: string, marks: readonly Mark[]): Segment[] {
  const edges = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const verdict = covering.reduce<Verdict | null>(
      (worst, m) => (worst === null || SEVERITY[m.verdict] > SEVERITY[worst] ? m.verdict : worst),
      null,
    );
    segments.push({
      text: text.slice(from, to),
      verdict,
      rules: [...new Set(covering.map((m) => m.rule))],
      endingMarks: marks.filter((m) => m.end === to),
    });
  }
  return segments;
}
