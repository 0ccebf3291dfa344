import type { Report } from '../engine/report';

const VERDICT_MARK = { met: '✓ met', missed: '· missed', violated: '✗ violated' } as const;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** A report as a plain-text table for a terminal: rule, verdict, evidence. */
export function formatTable(report: Report, title: string): string {
  const ruleWidth = Math.max(4, ...report.rules.map((r) => r.id.length));
  const verdictWidth = 10;
  const lines = [
    `${title} — score ${report.score}/100`,
    '',
    `${pad('rule', ruleWidth)}  ${pad('verdict', verdictWidth)}  evidence`,
    `${'-'.repeat(ruleWidth)}  ${'-'.repeat(verdictWidth)}  ${'-'.repeat(8)}`,
  ];
  for (const r of report.rules) {
    const evidence = r.evidence.map((e) => `"${e.text.replace(/\s+/g, ' ')}"`).join(', ');
    lines.push(`${pad(r.id, ruleWidth)}  ${pad(VERDICT_MARK[r.verdict], verdictWidth)}  ${evidence}`.trimEnd());
  }
  return lines.join('\n');
}
