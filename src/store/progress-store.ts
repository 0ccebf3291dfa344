import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Attempt } from './attempt';
import { readAttempts } from './progress-file';
import { safePersist } from './safe-storage';

export interface ImportResult {
  added: number;
  skipped: number;
}

interface ProgressState {
  /** Finished attempts, oldest first. */
  attempts: Attempt[];
  /** Records a finished attempt; recording the same attempt twice keeps one. */
  addAttempt(attempt: Attempt): void;
  /** Merges attempts from another browser; those already here are skipped. */
  importAttempts(list: readonly Attempt[]): ImportResult;
  clear(): void;
}

type PersistedProgress = Pick<ProgressState, 'attempts'>;

export const PROGRESS_STORE_NAME = 'complaint-coach.progress';
export const PROGRESS_STORE_VERSION = 1;

/**
 * Two attempts are the same when they share an id, or (an attempt re-exported after an id
 * was regenerated) the same scenario and the same start and finish times.
 */
function sameAttempt(a: Attempt, b: Attempt): boolean {
  return a.id === b.id || (a.scenarioId === b.scenarioId && a.startedAt === b.startedAt && a.finishedAt === b.finishedAt);
}

function byFinish(a: Attempt, b: Attempt): number {
  return Date.parse(a.finishedAt) - Date.parse(b.finishedAt);
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set, get) => ({
      attempts: [],
      addAttempt(attempt) {
        if (get().attempts.some((known) => sameAttempt(known, attempt))) return;
        set((state) => ({ attempts: [...state.attempts, attempt].sort(byFinish) }));
      },
      importAttempts(list) {
        const fresh: Attempt[] = [];
        for (const attempt of list) {
          const known = [...get().attempts, ...fresh].some((other) => sameAttempt(other, attempt));
          if (!known) fresh.push(attempt);
        }
        if (fresh.length > 0) set((state) => ({ attempts: [...state.attempts, ...fresh].sort(byFinish) }));
        return { added: fresh.length, skipped: list.length - fresh.length };
      },
      clear() {
        set({ attempts: [] });
      },
    }),
    safePersist<ProgressState, PersistedProgress>({
      name: PROGRESS_STORE_NAME,
      label: 'progress',
      version: PROGRESS_STORE_VERSION,
      partialize: ({ attempts }) => ({ attempts }),
      read: (state) => {
        if (typeof state !== 'object' || state === null) return null;
        const attempts = readAttempts((state as { attempts?: unknown }).attempts);
        return attempts ? { attempts } : null;
      },
    }),
  ),
);
