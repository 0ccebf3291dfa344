import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anAttempt, MemoryStorage } from './progress-fixtures';

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function loadProgress() {
  return (await import('../../src/store/progress-store')).useProgressStore;
}

describe('useProgressStore', () => {
  it('keeps finished attempts across a reload', async () => {
    let progress = await loadProgress();
    progress.getState().addAttempt(anAttempt({ id: 'a1', score: 64 }));

    vi.resetModules();
    progress = await loadProgress();
    expect(progress.getState().attempts).toEqual([expect.objectContaining({ id: 'a1', score: 64 })]);
  });

  it('records the same attempt only once', async () => {
    const progress = await loadProgress();
    const attempt = anAttempt({ id: 'a1' });
    progress.getState().addAttempt(attempt);
    progress.getState().addAttempt(attempt);
    expect(progress.getState().attempts).toHaveLength(1);
  });

  it('lists attempts in the order they were finished', async () => {
    const progress = await loadProgress();
    progress.getState().addAttempt(anAttempt({ id: 'late', finishedAt: '2025-03-15T09:00:00.000Z' }));
    progress.getState().addAttempt(anAttempt({ id: 'early', finishedAt: '2025-03-01T09:00:00.000Z' }));
    expect(progress.getState().attempts.map((a) => a.id)).toEqual(['early', 'late']);
  });

  it('merges imported attempts and skips those it already has', async () => {
    const progress = await loadProgress();
    const known = anAttempt({ id: 'a1' });
    progress.getState().addAttempt(known);

    const result = progress
      .getState()
      .importAttempts([known, anAttempt({ id: 'a2', startedAt: '2025-03-16T10:00:00.000Z' }), anAttempt({ id: 'a2' })]);

    expect(result).toEqual({ added: 1, skipped: 2 });
    expect(progress.getState().attempts.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
  });

  it('recognises an attempt whose id changed by its scenario and times', async () => {
    const progress = await loadProgress();
    progress.getState().addAttempt(anAttempt({ id: 'a1' }));
    expect(progress.getState().importAttempts([anAttempt({ id: 'other-id' })])).toEqual({ added: 0, skipped: 1 });
  });

  it('forgets every attempt on clear, in storage too', async () => {
    let progress = await loadProgress();
    progress.getState().addAttempt(anAttempt({ id: 'a1' }));
    progress.getState().clear();

    vi.resetModules();
    progress = await loadProgress();
    expect(progress.getState().attempts).toEqual([]);
  });
});
