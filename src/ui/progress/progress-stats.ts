import type { RuleId } from '../../engine/rule-ids';
import type { Attempt } from '../../store/attempt';

/*
 * Figures the progress screen and the catalogue's cards show, computed from saved attempts.
 * Pure, so they are tested without rendering.
 */

export interface ScenarioRecord {
  attempts: number;
  best: number;
}

/** Attempts and best score per scenario id. */
export function scenarioRecords(attempts: readonly Attempt[]): Map<string, ScenarioRecord> {
  const records = new Map<string, ScenarioRecord>();
  for (const attempt of attempts) {
    const record = records.get(attempt.scenarioId);
    if (record) {
      record.attempts += 1;
      record.best = Math.max(record.best, attempt.score);
    } else {
      records.set(attempt.scenarioId, { attempts: 1, best: attempt.score });
    }
  }
  return records;
}

export interface ProgressSummary {
  attempts: number;
  average: number;
  best: number;
  /** The latest attempt's finish time. */
  latest: string;
}

export function summarise(attempts: readonly Attempt[]): ProgressSummary | null {
  if (attempts.length === 0) return null;
  const scores = attempts.map((attempt) => attempt.score);
  const latest = attempts.reduce((a, b) => (Date.parse(b.finishedAt) > Date.parse(a.finishedAt) ? b : a));
  return {
    attempts: attempts.length,
    average: Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    best: Math.max(...scores),
    latest: latest.finishedAt,
  };
}

export interface RuleMisses {
  id: RuleId;
  /** Replies in which the rule was scored. */
  scored: number;
  /** Required behaviours left out. */
  missed: number;
  /** Prohibitions broken, and non-apologies. */
  violated: number;
  /** (missed + violated) / scored, 0–1. */
  rate: number;
}

/**
 * Every rule some reply failed, the most often failed first: by share of the replies that were scored
 * on it, then by count (a rule failed 4 times in 8 outranks one failed once in 2).
 */
export function rulesMissedMost(attempts: readonly Attempt[]): RuleMisses[] {
  const byRule = new Map<RuleId, RuleMisses>();
  for (const attempt of attempts) {
    for (const reply of attempt.replies) {
      for (const result of reply.report.rules) {
        const entry = byRule.get(result.id) ?? { id: result.id, scored: 0, missed: 0, violated: 0, rate: 0 };
        entry.scored += 1;
        if (result.verdict === 'missed') entry.missed += 1;
        if (result.verdict === 'violated') entry.violated += 1;
        byRule.set(result.id, entry);
      }
    }
  }
  return [...byRule.values()]
    .map((entry) => ({ ...entry, rate: (entry.missed + entry.violated) / entry.scored }))
    .filter((entry) => entry.missed + entry.violated > 0)
    .sort((a, b) => b.rate - a.rate || b.missed + b.violated - (a.missed + a.violated) || a.id.localeCompare(b.id));
}

/** Oldest first, the order a chart of progress reads in. */
export function chronological(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}
