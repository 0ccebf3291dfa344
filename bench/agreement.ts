import { readFileSync } from 'node:fs';
import { ruleKind, type RuleId, type Verdict } from '../src/engine/rule-ids';
import type { Lang } from '../src/engine/languages';
import { scoreReply } from '../src/engine/score-reply';
import type { Scenario } from '../src/scenario/schema';

/** One labelled reply of tests/corpus/<lang>.jsonl. */
export interface CorpusItem {
  id: string;
  scenario: string;
  lang: Lang;
  text: string;
  labels: Partial<Record<RuleId, Verdict>>;
  note?: string;
}

export function readCorpus(file: string): CorpusItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusItem);
}

export interface RuleStats {
  n: number;
  agree: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Mismatch {
  item: CorpusItem;
  rule: RuleId;
  expected: Verdict;
  got: Verdict;
  evidence: string[];
}

export interface Agreement {
  rules: Map<RuleId, RuleStats>;
  total: RuleStats;
  mismatches: Mismatch[];
}

/**
 * The verdict a rule exists to detect: "met" for required behaviours, "violated" for prohibitions.
 * Precision and recall are about that verdict; agreement counts every verdict.
 */
export function positiveVerdict(rule: RuleId): Verdict {
  return ruleKind(rule) === 'required' ? 'met' : 'violated';
}

function add(stats: RuleStats, rule: RuleId, expected: Verdict, got: Verdict): void {
  const positive = positiveVerdict(rule);
  stats.n++;
  if (expected === got) stats.agree++;
  if (got === positive && expected === positive) stats.tp++;
  if (got === positive && expected !== positive) stats.fp++;
  if (got !== positive && expected === positive) stats.fn++;
}

const empty = (): RuleStats => ({ n: 0, agree: 0, tp: 0, fp: 0, fn: 0 });

/** Scores every item as a first reply and compares the engine's verdicts with the labels. */
export function measureAgreement(items: readonly CorpusItem[], scenarios: ReadonlyMap<string, Scenario>): Agreement {
  const rules = new Map<RuleId, RuleStats>();
  const total = empty();
  const mismatches: Mismatch[] = [];
  for (const item of items) {
    const scenario = scenarios.get(item.scenario);
    if (!scenario) throw new Error(`${item.id}: unknown scenario "${item.scenario}"`);
    const report = scoreReply(item.text, { scenario, lang: item.lang });
    for (const result of report.rules) {
      const expected = item.labels[result.id];
      if (expected === undefined) continue;
      const stats = rules.get(result.id) ?? empty();
      rules.set(result.id, stats);
      add(stats, result.id, expected, result.verdict);
      add(total, result.id, expected, result.verdict);
      if (expected !== result.verdict) {
        mismatches.push({ item, rule: result.id, expected, got: result.verdict, evidence: result.evidence.map((e) => e.text) });
      }
    }
  }
  return { rules, total, mismatches };
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function precision(s: RuleStats): number {
  return ratio(s.tp, s.tp + s.fp);
}
export function recall(s: RuleStats): number {
  return ratio(s.tp, s.tp + s.fn);
}
export function f1(s: RuleStats): number {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
