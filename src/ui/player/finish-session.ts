import type { Ending } from '../../scenario/schema';
import type { Attempt } from '../../store/attempt';
import type { Session } from '../../store/session-store';

/** The attempt a finished conversation becomes: its replies, the ending reached and the mean of the replies' scores. */
export function sessionToAttempt(session: Session, ending: Ending, finishedAt: Date, id: string): Attempt {
  const scores = session.history.map((reply) => reply.report.score);
  const score = scores.length === 0 ? 0 : Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length);
  return {
    id,
    scenarioId: session.scenarioId,
    scenarioVersion: session.scenarioVersion,
    lang: session.lang,
    mode: session.mode,
    startedAt: session.startedAt,
    finishedAt: finishedAt.toISOString(),
    score,
    endingId: ending.id,
    outcome: ending.outcome,
    replies: session.history.map(({ turnId, text, report }) => ({ turnId, text, report })),
  };
}

/** An attempt id that sorts by time and does not collide between tabs. */
export function newAttemptId(now: Date): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `${now.getTime().toString(36)}-${random}`;
}
