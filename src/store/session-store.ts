import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isLang, type Lang } from '../engine/languages';
import type { Report } from '../engine/report';
import type { Mode } from './attempt';
import { safePersist } from './safe-storage';

/** One reply the trainee sent, with the engine's report on it. */
export interface SessionReply {
  turnId: string;
  text: string;
  report: Report;
}

/** A conversation in progress: enough to return to the same turn, with the same draft, after a reload. */
export interface Session {
  scenarioId: string;
  scenarioVersion: number;
  lang: Lang;
  mode: Mode;
  startedAt: string;
  /** The customer turn the trainee is answering (after the ending: the last one answered). */
  turnId: string;
  history: SessionReply[];
  /** The reply being written, saved on every keystroke. */
  draft: string;
  /** Set when the conversation has reached an ending and waits to be turned into an attempt. */
  ended?: { endingId: string };
}

/** Where the conversation goes after a reply: another customer turn or an ending. */
export type SessionStep = { turnId: string } | { endingId: string };

export interface SessionStart {
  scenarioId: string;
  scenarioVersion: number;
  lang: Lang;
  mode: Mode;
  /** The scenario's first turn. */
  turnId: string;
}

interface SessionState {
  sessions: Record<string, Session>;
  /** Starts (or restarts) a scenario, replacing any session in progress for it. */
  start(init: SessionStart, now?: Date): Session;
  setDraft(scenarioId: string, text: string): void;
  /** Records a sent reply and moves to the next step; the draft is cleared. */
  submitReply(scenarioId: string, reply: { text: string; report: Report }, step: SessionStep): void;
  abandon(scenarioId: string): void;
}

type PersistedSessions = Pick<SessionState, 'sessions'>;

export const SESSION_STORE_NAME = 'complaint-coach.sessions';
export const SESSION_STORE_VERSION = 1;

export const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      sessions: {},
      start(init, now = new Date()) {
        const session: Session = { ...init, startedAt: now.toISOString(), history: [], draft: '' };
        set((state) => ({ sessions: { ...state.sessions, [init.scenarioId]: session } }));
        return session;
      },
      setDraft(scenarioId, text) {
        const session = get().sessions[scenarioId];
        if (!session || session.ended || session.draft === text) return;
        set((state) => ({ sessions: { ...state.sessions, [scenarioId]: { ...session, draft: text } } }));
      },
      submitReply(scenarioId, reply, step) {
        const session = get().sessions[scenarioId];
        if (!session || session.ended) return;
        const history = [...session.history, { turnId: session.turnId, text: reply.text, report: reply.report }];
        const next: Session =
          'endingId' in step
            ? { ...session, history, draft: '', ended: { endingId: step.endingId } }
            : { ...session, history, draft: '', turnId: step.turnId };
        set((state) => ({ sessions: { ...state.sessions, [scenarioId]: next } }));
      },
      abandon(scenarioId) {
        if (!(scenarioId in get().sessions)) return;
        set((state) => {
          const { [scenarioId]: _removed, ...rest } = state.sessions;
          return { sessions: rest };
        });
      },
    }),
    safePersist<SessionState, PersistedSessions>({
      name: SESSION_STORE_NAME,
      label: 'sessions',
      version: SESSION_STORE_VERSION,
      partialize: (state) => ({ sessions: state.sessions }),
      read: readPersistedSessions,
    }),
  ),
);

/**
 * Reads saved sessions; null when any of it is not a whole session. The store then sets the saved text aside
 * (offered for download, as every store does) rather than silently dropping someone's half-written reply.
 */
export function readPersistedSessions(persisted: unknown): PersistedSessions | null {
  if (!isObject(persisted) || !isObject(persisted.sessions)) return null;
  const entries = Object.entries(persisted.sessions);
  if (!entries.every(([id, value]) => isSession(value) && value.scenarioId === id)) return null;
  return { sessions: Object.fromEntries(entries) as Record<string, Session> };
}

function isSession(value: unknown): value is Session {
  if (!isObject(value)) return false;
  return (
    typeof value.scenarioId === 'string' &&
    typeof value.scenarioVersion === 'number' &&
    isLang(value.lang) &&
    (value.mode === 'coach' || value.mode === 'exam') &&
    typeof value.startedAt === 'string' &&
    typeof value.turnId === 'string' &&
    typeof value.draft === 'string' &&
    Array.isArray(value.history) &&
    value.history.every(isReply) &&
    (value.ended === undefined || (isObject(value.ended) && typeof value.ended.endingId === 'string'))
  );
}

function isReply(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.turnId === 'string' &&
    typeof value.text === 'string' &&
    isObject(value.report) &&
    typeof value.report.score === 'number' &&
    Array.isArray(value.report.rules)
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
