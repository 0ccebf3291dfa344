import { describe, expect, it } from 'vitest';
import { labelledIndices } from '../../src/ui/progress/ScoreChart';
import { chronological, rulesMissedMost, scenarioRecords, summarise } from '../../src/ui/progress/progress-stats';
import { anAttempt } from '../store/progress-fixtures';

describe('progress figures', () => {
  it('gives each scenario its attempt count and best score', () => {
    const records = scenarioRecords([
      anAttempt({ scenarioId: 'a', score: 40 }),
      anAttempt({ scenarioId: 'a', score: 75 }),
      anAttempt({ scenarioId: 'b', score: 60 }),
    ]);
    expect(Object.fromEntries(records)).toEqual({ a: { attempts: 2, best: 75 }, b: { attempts: 1, best: 60 } });
  });

  it('has no summary before the first attempt', () => {
    expect(summarise([])).toBeNull();
  });

  it('rounds the average and finds the latest attempt whatever the order', () => {
    const summary = summarise([
      anAttempt({ score: 50, finishedAt: '2025-03-05T10:00:00.000Z' }),
      anAttempt({ score: 71, finishedAt: '2025-03-09T10:00:00.000Z' }),
      anAttempt({ score: 60, finishedAt: '2025-03-01T10:00:00.000Z' }),
    ]);
    expect(summary).toEqual({ attempts: 3, average: 60, best: 71, latest: '2025-03-09T10:00:00.000Z' });
  });

  it('ranks failed rules by share, then by count, leaving out rules never failed', () => {
    const misses = rulesMissedMost([
      anAttempt({ verdicts: { thank: 'missed', 'follow-up': 'missed', apologise: 'met' } }),
      anAttempt({ verdicts: { thank: 'met', 'follow-up': 'missed', apologise: 'violated' } }),
      anAttempt({ verdicts: { thank: 'met', 'follow-up': 'met', apologise: 'met' } }),
    ]);
    expect(misses.map(({ id, missed, violated, scored }) => [id, missed, violated, scored])).toEqual([
      ['follow-up', 2, 0, 3],
      ['apologise', 0, 1, 3],
      ['thank', 1, 0, 3],
    ]);
  });

  it('puts attempts in the order they were finished', () => {
    const list = chronological([
      anAttempt({ id: 'late', finishedAt: '2025-03-09T10:00:00.000Z' }),
      anAttempt({ id: 'early', finishedAt: '2025-03-01T10:00:00.000Z' }),
    ]);
    expect(list.map((a) => a.id)).toEqual(['early', 'late']);
  });
});

describe('date labels under the score chart', () => {
  it('labels every point when they fit', () => {
    expect(labelledIndices(4, 10)).toEqual([0, 1, 2, 3]);
  });

  it('thins the labels to what fits, always keeping the first and the last', () => {
    const labels = labelledIndices(30, 5);
    expect(labels[0]).toBe(0);
    expect(labels[labels.length - 1]).toBe(29);
    expect(labels.length).toBeLessThanOrEqual(6);
  });

  it('labels a lone point', () => {
    expect(labelledIndices(1, 5)).toEqual([0]);
  });
});
