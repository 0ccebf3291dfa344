import type { Lang } from '../engine/languages';
import type { Report } from '../engine/report';
import type { Outcome } from '../scenario/schema';

/** Coach mode shows the checklist live while typing; exam mode shows nothing until the debrief. */
export type Mode = 'coach' | 'exam';

export interface AttemptReply {
  turnId: string;
  text: string;
  report: Report;
}

/** One finished run through a scenario, as kept in progress and exported to trainers. */
export interface Attempt {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  lang: Lang;
  mode: Mode;
  startedAt: string;
  finishedAt: string;
  /** The mean of the replies' scores, rounded. */
  score: number;
  endingId: string;
  outcome: Outcome;
  replies: AttemptReply[];
}
