import type { Attempt } from '../../src/store/attempt';
import type { RuleId, Verdict } from '../../src/engine/rule-ids';

/** A finished attempt with sensible defaults; override what the test is about. */
export function anAttempt(overrides: Partial<Attempt> & { verdicts?: Partial<Record<RuleId, Verdict>> } = {}): Attempt {
  const { verdicts = { apologise: 'met', thank: 'missed' }, ...rest } = overrides;
  const finishedAt = rest.finishedAt ?? '2025-03-14T10:05:00.000Z';
  const rules = Object.entries(verdicts).map(([id, verdict]) => ({
    id: id as RuleId,
    verdict: verdict as Verdict,
    evidence: [],
    tip: `${id}.${verdict}`,
  }));
  return {
    id: rest.id ?? `attempt-${Math.random().toString(36).slice(2)}`,
    scenarioId: 'cleaning-no-show',
    scenarioVersion: 1,
    lang: 'et',
    mode: 'coach',
    startedAt: '2025-03-14T10:00:00.000Z',
    finishedAt,
    score: 70,
    endingId: 'resolved',
    outcome: 'resolved',
    replies: [{ turnId: 'start', text: 'Tere! Vabandame väga.', report: { lang: 'et', score: rest.score ?? 70, rules } }],
    ...rest,
  };
}

/** A Storage kept in memory; `failWith` makes every write throw, as a full or blocked storage does. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  failWith: Error | null = null;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.items.set(key, String(value));
  }
}

export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}
