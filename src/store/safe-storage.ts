import { create } from 'zustand';
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';

/*
 * Every persisted store goes through here, so that saved data can never stop the app from starting:
 * - data that is not JSON, not ours, or from a newer version of the app is set aside (kept under a
 *   backup key and offered as a download) and the store starts fresh;
 * - a full storage (quota) or a browser that forbids storage only raises a warning: the state stays
 *   in memory, so what the user typed stays on the screen.
 */

/** Which saved data a notice is about; the UI words it. */
export const STORE_LABELS = ['settings', 'progress', 'sessions', 'other'] as const;
export type StoreLabel = (typeof STORE_LABELS)[number];

/** Why saved data was set aside. */
export const RESET_REASONS = ['unreadable', 'foreign', 'newer-version'] as const;
export type ResetReason = (typeof RESET_REASONS)[number];

export interface ResetNotice {
  store: string;
  label: StoreLabel;
  reason: ResetReason;
  /** The data exactly as it was found, for the user to download. */
  raw: string;
  /** ISO time the data was set aside. */
  at: string;
}

interface StorageHealth {
  resets: ResetNotice[];
  /** Stores whose last save failed because the browser's storage is full. */
  quotaFull: string[];
  /** The browser refuses storage altogether (blocked cookies, some private modes). */
  unavailable: boolean;
  /** Forgets a reset notice and the backup kept for it. */
  dismissReset(store: string): void;
}

export const useStorageHealth = create<StorageHealth>()((set) => ({
  resets: [],
  quotaFull: [],
  unavailable: false,
  dismissReset(store) {
    safeRemove(backupKey(store));
    set((state) => ({ resets: state.resets.filter((notice) => notice.store !== store) }));
  },
}));

/** Where set-aside data is kept until the user downloads or dismisses it. */
export function backupKey(store: string): string {
  return `${store}.unreadable`;
}

// ---------------------------------------------------------------------------------------------
// The backend: localStorage when the browser allows it, else memory (the app still works, unsaved).

type Backend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const memory = new Map<string, string>();
const memoryBackend: Backend = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

/** Resolved on every call, so a test can swap the global localStorage. */
function backend(): Backend {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (storage) return storage;
  } catch {
    // Reading window.localStorage itself throws where storage is blocked.
  }
  markUnavailable();
  return memoryBackend;
}

function markUnavailable(): void {
  if (!useStorageHealth.getState().unavailable) useStorageHealth.setState({ unavailable: true });
}

function safeRemove(key: string): void {
  try {
    backend().removeItem(key);
  } catch {
    // Nothing more to do: the key is gone with the storage.
  }
}

/** Browsers name a full storage differently (Firefox's legacy name, old WebKit's code 22). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

// ---------------------------------------------------------------------------------------------
// Reset notices

const labelOf = new Map<string, StoreLabel>();

function addNotice(notice: ResetNotice): void {
  const { resets } = useStorageHealth.getState();
  useStorageHealth.setState({ resets: [...resets.filter((n) => n.store !== notice.store), notice] });
}

/** The raw text last read for each store, so a reset decided after parsing can still offer it. */
const lastRaw = new Map<string, string>();

/** Sets a store's saved data aside: kept under a backup key (when there is room) and announced. */
export function setAside(store: string, reason: ResetReason, raw = lastRaw.get(store) ?? ''): void {
  const notice: ResetNotice = {
    store,
    label: labelOf.get(store) ?? 'other',
    reason,
    raw,
    at: new Date().toISOString(),
  };
  try {
    backend().setItem(backupKey(store), JSON.stringify(notice));
  } catch {
    // No room for a backup: the notice still offers the data for download while the tab is open.
  }
  safeRemove(store);
  addNotice(notice);
}

/** A backup left by an earlier visit is announced again until the user deals with it. */
function announceBackup(store: string): void {
  if (useStorageHealth.getState().resets.some((n) => n.store === store)) return;
  let text: string | null = null;
  try {
    text = backend().getItem(backupKey(store));
  } catch {
    return;
  }
  if (text === null) return;
  try {
    const saved = JSON.parse(text) as Partial<ResetNotice>;
    if (typeof saved.raw === 'string' && typeof saved.reason === 'string') {
      addNotice({
        store,
        label: labelOf.get(store) ?? 'other',
        reason: saved.reason as ResetReason,
        raw: saved.raw,
        at: typeof saved.at === 'string' ? saved.at : new Date().toISOString(),
      });
      return;
    }
  } catch {
    // A damaged backup is still the user's data: offer it as it is.
  }
  addNotice({ store, label: labelOf.get(store) ?? 'other', reason: 'unreadable', raw: text, at: new Date().toISOString() });
}

// ---------------------------------------------------------------------------------------------
// The storage zustand's persist middleware writes through

/** A PersistStorage that never throws: unreadable data is set aside, failed writes become warnings. */
export function createSafeStorage<S>(): PersistStorage<S> {
  return {
    getItem(name) {
      announceBackup(name);
      let text: string | null;
      try {
        text = backend().getItem(name);
      } catch {
        markUnavailable();
        return null;
      }
      if (text === null) return null;
      lastRaw.set(name, text);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        setAside(name, 'unreadable', text);
        return null;
      }
      if (!isEnvelope(value)) {
        setAside(name, 'foreign', text);
        return null;
      }
      return value as StorageValue<S>;
    },
    setItem(name, value) {
      try {
        backend().setItem(name, JSON.stringify(value));
      } catch (error) {
        if (isQuotaError(error)) {
          const { quotaFull } = useStorageHealth.getState();
          if (!quotaFull.includes(name)) useStorageHealth.setState({ quotaFull: [...quotaFull, name] });
        } else {
          markUnavailable();
        }
        return;
      }
      const { quotaFull } = useStorageHealth.getState();
      if (quotaFull.includes(name)) useStorageHealth.setState({ quotaFull: quotaFull.filter((n) => n !== name) });
    },
    removeItem(name) {
      safeRemove(name);
    },
  };
}

/** What zustand's persist writes: { state, version }. */
function isEnvelope(value: unknown): value is StorageValue<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'state' in value &&
    typeof (value as { state: unknown }).state === 'object' &&
    (value as { state: unknown }).state !== null &&
    typeof (value as { version?: unknown }).version === 'number'
  );
}

// ---------------------------------------------------------------------------------------------
// Versioned persist options

/** Returned by migrate when stored data cannot be brought up to date; read() never accepts it. */
const NOT_MIGRATABLE = Symbol('not migratable');
interface NotMigratable {
  [NOT_MIGRATABLE]: ResetReason;
}

function isNotMigratable(value: unknown): value is NotMigratable {
  return typeof value === 'object' && value !== null && NOT_MIGRATABLE in value;
}

export interface SafePersistConfig<S, P> {
  /** The localStorage key. */
  name: string;
  /** What the user is told was reset. */
  label: StoreLabel;
  /** The current version of the persisted shape; raise it with every change and add a migration. */
  version: number;
  partialize: (state: S) => P;
  /** Upgrades stored data one version up, keyed by the version it upgrades from. */
  migrations?: Record<number, (state: unknown) => unknown>;
  /** Checks stored data of the current version; null means it is not ours and is set aside. */
  read: (state: unknown) => P | null;
}

/**
 * The persist options every store uses: our storage, the version, a migrate that runs the steps
 * in order, and a merge that sets aside whatever read() does not accept.
 */
export function safePersist<S, P>(config: SafePersistConfig<S, P>): PersistOptions<S, P> {
  labelOf.set(config.name, config.label);
  return {
    name: config.name,
    version: config.version,
    storage: createSafeStorage<P>(),
    partialize: config.partialize,
    migrate: (state, fromVersion) => migrateSteps(state, fromVersion, config.version, config.migrations ?? {}) as P,
    merge: (persisted, current) => {
      if (persisted === undefined) return current;
      const data = isNotMigratable(persisted) ? null : config.read(persisted);
      if (data === null) {
        setAside(config.name, isNotMigratable(persisted) ? persisted[NOT_MIGRATABLE] : 'foreign');
        return current;
      }
      return { ...current, ...data };
    },
  };
}

/** Runs the migrations from `from` up to `to`; data from a newer app or a gap in the chain is refused. */
export function migrateSteps(
  state: unknown,
  from: number,
  to: number,
  migrations: Record<number, (state: unknown) => unknown>,
): unknown {
  if (from > to) return { [NOT_MIGRATABLE]: 'newer-version' } satisfies NotMigratable;
  let current = state;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) return { [NOT_MIGRATABLE]: 'foreign' } satisfies NotMigratable;
    try {
      current = step(current);
    } catch {
      return { [NOT_MIGRATABLE]: 'foreign' } satisfies NotMigratable;
    }
  }
  return current;
}
