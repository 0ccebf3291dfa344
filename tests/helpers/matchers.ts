import { expect } from 'vitest';
import type { Report } from '../../src/engine/report';
import type { RuleId, Verdict } from '../../src/engine/rule-ids';

interface VerdictMatchers<R = unknown> {
  /** expect(report).toHaveVerdict('apologise', 'violated') */
  toHaveVerdict(rule: RuleId, verdict: Verdict): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any -- must match vitest's own declaration
  interface Matchers<T = any> extends VerdictMatchers<T> {}
}

expect.extend({
  toHaveVerdict(report: Report, rule: RuleId, verdict: Verdict) {
    const entry = report.rules.find((r) => r.id === rule);
    const actual = entry?.verdict ?? '(not scored)';
    const evidence = entry?.evidence.map((e) => `"${e.text}"`).join(', ') || 'no evidence';
    return {
      pass: actual === verdict,
      message: () =>
        `expected ${rule} to be ${this.isNot ? 'other than ' : ''}${verdict}, got ${actual} (${evidence})`,
    };
  },
});
