import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/engine/report';
import { MemoryStorage, quotaError } from './progress-fixtures';

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const NAME = 'complaint-coach.sessions';

/** Loads the store afresh, as a page load does, over whatever the storage holds now. */
async function load() {
  const { useSessionStore } = await import('../../src/store/session-store');
  const { useStorageHealth } = await import('../../src/store/safe-storage');
  return { sessions: useSessionStore, health: useStorageHealth };
}

const start = { scenarioId: 'cleaning-no-show', scenarioVersion: 2, lang: 'et', mode: 'coach', turnId: 'opening' } as const;

function report(score: number): Report {
  return { lang: 'et', score, rules: [{ id: 'apologise', verdict: 'met', evidence: [], tip: 'apologise.met' }] };
}

describe('useSessionStore', () => {
  it('starts a scenario at its first turn with nothing written yet', async () => {
    const { sessions } = await load();
    sessions.getState().start(start, new Date('2025-03-14T10:00:00Z'));

    expect(sessions.getState().sessions['cleaning-no-show']).toEqual({
      ...start,
      startedAt: '2025-03-14T10:00:00.000Z',
      history: [],
      draft: '',
    });
  });

  it('returns to the same turn with the same draft after a reload', async () => {
    let { sessions } = await load();
    sessions.getState().start(start);
    sessions.getState().submitReply('cleaning-no-show', { text: 'Tere!', report: report(40) }, { turnId: 'follow-up' });
    sessions.getState().setDraft('cleaning-no-show', 'Vabandame väga, et koristaja ei tulnud');

    vi.resetModules();
    ({ sessions } = await load());
    const session = sessions.getState().sessions['cleaning-no-show'];
    expect(session?.turnId).toBe('follow-up');
    expect(session?.draft).toBe('Vabandame väga, et koristaja ei tulnud');
    expect(session?.history).toEqual([{ turnId: 'opening', text: 'Tere!', report: report(40) }]);
  });

  it('records a sent reply against the turn it answered, moves on and clears the draft', async () => {
    const { sessions } = await load();
    sessions.getState().start(start);
    sessions.getState().setDraft('cleaning-no-show', 'Aitäh, et andsite teada!');
    sessions.getState().submitReply('cleaning-no-show', { text: 'Aitäh, et andsite teada!', report: report(70) }, { turnId: 'second' });

    const session = sessions.getState().sessions['cleaning-no-show'];
    expect(session?.history.map((r) => [r.turnId, r.report.score])).toEqual([['opening', 70]]);
    expect(session?.turnId).toBe('second');
    expect(session?.draft).toBe('');
  });

  it('marks the session ended when a reply leads to an ending, and takes no more drafts or replies', async () => {
    const { sessions } = await load();
    sessions.getState().start(start);
    sessions.getState().submitReply('cleaning-no-show', { text: 'Tere', report: report(90) }, { endingId: 'resolved' });
    sessions.getState().setDraft('cleaning-no-show', 'late');
    sessions.getState().submitReply('cleaning-no-show', { text: 'again', report: report(10) }, { turnId: 'x' });

    const session = sessions.getState().sessions['cleaning-no-show'];
    expect(session?.ended).toEqual({ endingId: 'resolved' });
    expect(session?.history).toHaveLength(1);
    expect(session?.draft).toBe('');
  });

  it('keeps one conversation per scenario and forgets only the abandoned one', async () => {
    const { sessions } = await load();
    sessions.getState().start(start);
    sessions.getState().start({ ...start, scenarioId: 'family-late-order', turnId: 'waiting' });
    sessions.getState().abandon('cleaning-no-show');

    expect(Object.keys(sessions.getState().sessions)).toEqual(['family-late-order']);
  });

  it('starting again replaces the conversation in progress', async () => {
    const { sessions } = await load();
    sessions.getState().start(start);
    sessions.getState().setDraft('cleaning-no-show', 'half a reply');
    sessions.getState().start({ ...start, mode: 'exam' });

    expect(sessions.getState().sessions['cleaning-no-show']).toMatchObject({ mode: 'exam', draft: '', history: [] });
  });

  it('ignores drafts for a scenario that was never started', async () => {
    const { sessions } = await load();
    sessions.getState().setDraft('unknown', 'text');
    expect(sessions.getState().sessions).toEqual({});
  });

  it('persists under a versioned key and only the sessions, not the actions', async () => {
    const { sessions } = await load();
    sessions.getState().start(start);
    const saved = JSON.parse(storage.getItem(NAME) ?? '{}') as { version: number; state: Record<string, unknown> };
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.state)).toEqual(['sessions']);
  });
});

describe('saved sessions that cannot be read', () => {
  it('sets damaged sessions aside with the raw text offered, and starts empty', async () => {
    const raw = JSON.stringify({
      state: { sessions: { 'cleaning-no-show': { scenarioId: 'cleaning-no-show', draft: 42 } } },
      version: 1,
    });
    storage.setItem(NAME, raw);
    const { sessions, health } = await load();

    expect(sessions.getState().sessions).toEqual({});
    expect(health.getState().resets).toEqual([expect.objectContaining({ store: NAME, label: 'sessions', raw })]);
  });

  it('sets aside sessions saved by a newer version of the app', async () => {
    storage.setItem(NAME, JSON.stringify({ state: { sessions: {} }, version: 99 }));
    const { sessions, health } = await load();

    expect(sessions.getState().sessions).toEqual({});
    expect(health.getState().resets).toEqual([expect.objectContaining({ reason: 'newer-version' })]);
  });
});

describe('a full storage', () => {
  it('keeps the draft in memory and raises the quota warning instead of failing', async () => {
    const { sessions, health } = await load();
    sessions.getState().start(start);
    storage.failWith = quotaError();

    expect(() => sessions.getState().setDraft('cleaning-no-show', 'Tere! Vabandame')).not.toThrow();
    expect(sessions.getState().sessions['cleaning-no-show']?.draft).toBe('Tere! Vabandame');
    expect(health.getState().quotaFull).toContain(NAME);
  });

  it('clears the warning once a save succeeds again', async () => {
    const { sessions, health } = await load();
    sessions.getState().start(start);
    storage.failWith = quotaError();
    sessions.getState().setDraft('cleaning-no-show', 'a');
    storage.failWith = null;
    sessions.getState().setDraft('cleaning-no-show', 'ab');

    expect(health.getState().quotaFull).not.toContain(NAME);
  });
});
