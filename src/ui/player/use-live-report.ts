import { useMemo } from 'react';
import type { Lang } from '../../engine/languages';
import type { Report } from '../../engine/report';
import { scoreReply } from '../../engine/score-reply';
import type { Scenario } from '../../scenario/schema';

/** The live report: a report, 'off' in exam mode, or 'failed' if the engine threw on this text. */
export type LiveReport = Report | 'off' | 'failed';

/**
 * The report on the reply as it is being typed, for coach mode's checklist, computed in the keystroke's own
 * render. Scoring 2,000 characters takes about a millisecond, and deferring it (useDeferredValue) was measured
 * to double the keystroke-to-checklist time: the deferred render waits for the next task and often a paint.
 * The conversation above does not re-render on a keystroke, and the checklist's items re-render only when
 * their verdict or evidence changes.
 */
export function useLiveReport(text: string, scenario: Scenario, lang: Lang, turnId: string, live: boolean): LiveReport {
  return useMemo((): LiveReport => {
    if (!live) return 'off';
    try {
      return scoreReply(text, { scenario, lang, turn: turnId });
    } catch (error) {
      // The engine promises never to throw; if it does, typing must go on undisturbed.
      console.error(error);
      return 'failed';
    }
  }, [live, text, scenario, lang, turnId]);
}
