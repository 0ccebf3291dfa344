import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anAttempt, MemoryStorage, quotaError } from './progress-fixtures';

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Loads the stores afresh, as a page load does, over whatever the storage holds now. */
async function startApp() {
  const { useProgressStore } = await import('../../src/store/progress-store');
  const { useSettingsStore } = await import('../../src/store/settings-store');
  const { useStorageHealth, backupKey } = await import('../../src/store/safe-storage');
  return { useProgressStore, useSettingsStore, useStorageHealth, backupKey };
}

const PROGRESS = 'complaint-coach.progress';
const SETTINGS = 'complaint-coach.settings';

describe('damaged or foreign saved data', () => {
  it('starts with empty progress and offers the raw text when the saved progress is not JSON', async () => {
    storage.setItem(PROGRESS, '{"state": {"attempts": [');
    const app = await startApp();

    expect(app.useProgressStore.getState().attempts).toEqual([]);
    expect(app.useStorageHealth.getState().resets).toEqual([
      expect.objectContaining({ store: PROGRESS, label: 'progress', reason: 'unreadable', raw: '{"state": {"attempts": [' }),
    ]);
  });

  it('moves the damaged data to a backup key so the next save does not overwrite it', async () => {
    storage.setItem(PROGRESS, 'not json at all');
    const app = await startApp();

    expect(storage.getItem(PROGRESS)).toBeNull();
    expect(JSON.parse(storage.getItem(app.backupKey(PROGRESS)) ?? '{}')).toMatchObject({ raw: 'not json at all' });
    app.useProgressStore.getState().addAttempt(anAttempt({ id: 'new' }));
    expect(storage.getItem(app.backupKey(PROGRESS))).toContain('not json at all');
  });

  it('treats JSON written by something else as foreign and resets only that store', async () => {
    storage.setItem(PROGRESS, JSON.stringify({ hello: 'world' }));
    storage.setItem(SETTINGS, JSON.stringify({ state: { textSize: 'large' }, version: 1 }));
    const app = await startApp();

    expect(app.useStorageHealth.getState().resets).toEqual([expect.objectContaining({ label: 'progress', reason: 'foreign' })]);
    expect(app.useSettingsStore.getState().textSize).toBe('large');
  });

  it('resets the progress when one saved attempt is malformed, keeping the whole text for download', async () => {
    const raw = JSON.stringify({ state: { attempts: [anAttempt(), { ...anAttempt(), score: 'high' }] }, version: 1 });
    storage.setItem(PROGRESS, raw);
    const app = await startApp();

    expect(app.useProgressStore.getState().attempts).toEqual([]);
    expect(app.useStorageHealth.getState().resets[0]).toMatchObject({ reason: 'foreign', raw });
  });

  it('sets aside data saved by a newer version of the app instead of misreading it', async () => {
    storage.setItem(PROGRESS, JSON.stringify({ state: { attempts: [] }, version: 99 }));
    const app = await startApp();

    expect(app.useStorageHealth.getState().resets[0]).toMatchObject({ label: 'progress', reason: 'newer-version' });
  });

  it('keeps announcing data set aside on an earlier visit until the user dismisses it', async () => {
    storage.setItem(SETTINGS, '%%%');
    await startApp();
    vi.resetModules();

    const second = await startApp();
    expect(second.useStorageHealth.getState().resets).toEqual([expect.objectContaining({ label: 'settings', raw: '%%%' })]);

    second.useStorageHealth.getState().dismissReset(SETTINGS);
    expect(second.useStorageHealth.getState().resets).toEqual([]);
    expect(storage.getItem(second.backupKey(SETTINGS))).toBeNull();
  });

  it('starts without notices when the saved data is sound', async () => {
    storage.setItem(PROGRESS, JSON.stringify({ state: { attempts: [anAttempt({ id: 'a1' })] }, version: 1 }));
    const app = await startApp();

    expect(app.useProgressStore.getState().attempts.map((a) => a.id)).toEqual(['a1']);
    expect(app.useStorageHealth.getState().resets).toEqual([]);
  });
});

describe('a storage that cannot take more', () => {
  it('warns when the storage is full and keeps the new state in memory', async () => {
    const app = await startApp();
    storage.failWith = quotaError();

    app.useProgressStore.getState().addAttempt(anAttempt({ id: 'kept' }));

    expect(app.useProgressStore.getState().attempts.map((a) => a.id)).toEqual(['kept']);
    expect(app.useStorageHealth.getState().quotaFull).toEqual([PROGRESS]);
  });

  it('clears the warning once a save succeeds again', async () => {
    const app = await startApp();
    storage.failWith = quotaError();
    app.useSettingsStore.getState().setTextSize('large');
    storage.failWith = null;
    app.useSettingsStore.getState().setTextSize('larger');

    expect(app.useStorageHealth.getState().quotaFull).toEqual([]);
    expect(storage.getItem(SETTINGS)).toContain('larger');
  });

  it('works in memory and says so when the browser forbids storage', async () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const app = await startApp();
      app.useSettingsStore.getState().setTextSize('large');

      expect(app.useSettingsStore.getState().textSize).toBe('large');
      expect(app.useStorageHealth.getState().unavailable).toBe(true);
    } finally {
      Object.defineProperty(globalThis, 'localStorage', { configurable: true, writable: true, value: undefined });
    }
  });
});

describe('migrations', () => {
  it('upgrades stored data one version at a time', async () => {
    const { migrateSteps } = await import('../../src/store/safe-storage');
    const steps = {
      1: (s: unknown) => ({ ...(s as object), b: 2 }),
      2: (s: unknown) => ({ ...(s as object), c: 3 }),
    };
    expect(migrateSteps({ a: 1 }, 1, 3, steps)).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('refuses data it has no migration for', async () => {
    const { migrateSteps, safePersist } = await import('../../src/store/safe-storage');
    const refused = migrateSteps({ a: 1 }, 0, 2, { 1: (s) => s });
    const options = safePersist<{ a: number }, { a: number }>({
      name: 'test.store',
      label: 'other',
      version: 2,
      partialize: (s) => s,
      read: (s) => s as { a: number },
    });
    expect(options.merge?.(refused, { a: 0 })).toEqual({ a: 0 });
  });
});
