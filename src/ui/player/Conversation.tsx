import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { scoreReply } from '../../engine/score-reply';
import type { Report } from '../../engine/report';
import { getEnding, getTurn, nextStep, startTurn, type Step } from '../../scenario/conversation';
import type { Scenario } from '../../scenario/schema';
import { useProgressStore } from '../../store/progress-store';
import { useSessionStore, type Session } from '../../store/session-store';
import { useSettingsStore } from '../../store/settings-store';
import { Button } from '../common/Button';
import { defaultContentLang } from './content-lang';
import { newAttemptId, sessionToAttempt } from './finish-session';
import { Player, type PlayingSession } from './Player';
import { StartPanel } from './StartPanel';

/** Everything of a session but the draft: a keystroke changes the draft only, and must not re-render the player. */
function withoutDraft(session: Session | undefined): PlayingSession | undefined {
  if (!session) return undefined;
  const { draft: _draft, ...rest } = session;
  return rest;
}

/** Whether a saved session still fits the scenario as it is now (it may have been edited since). */
function fits(session: PlayingSession, scenario: Scenario): boolean {
  return (
    scenario.languages.includes(session.lang) &&
    getTurn(scenario, session.turnId) !== undefined &&
    session.history.every((reply) => getTurn(scenario, reply.turnId) !== undefined)
  );
}

/** Turns an ended session into an attempt in the progress store and clears it; returns the attempt's id. */
function finishSession(scenario: Scenario): string | null {
  const session = useSessionStore.getState().sessions[scenario.id];
  const ending = session?.ended ? getEnding(scenario, session.ended.endingId) : undefined;
  if (!session || !ending) return null;
  const now = new Date();
  const attempt = sessionToAttempt(session, ending, now, newAttemptId(now));
  useProgressStore.getState().addAttempt(attempt);
  useSessionStore.getState().abandon(scenario.id);
  return attempt.id;
}

/** The conversation of one scenario: the start panel until it starts, then the player, saved at every step. */
export function Conversation({ scenario, onFinished }: { scenario: Scenario; onFinished(attemptId: string): void }) {
  const session = useSessionStore(useShallow((state) => withoutDraft(state.sessions[scenario.id])));
  const uiLang = useSettingsStore((state) => state.uiLang);
  const contentLang = useSettingsStore((state) => state.contentLang);
  const defaultMode = useSettingsStore((state) => state.defaultMode);
  // Set when the trainee starts here (not on a reload), so focus moves from the gone start button to the player.
  const [startedHere, setStartedHere] = useState(false);

  const onDraftChange = useCallback(
    (text: string) => useSessionStore.getState().setDraft(scenario.id, text),
    [scenario.id],
  );

  const onSend = useCallback(
    (text: string): boolean => {
      const current = useSessionStore.getState().sessions[scenario.id];
      if (!current || current.ended) return false;
      let report: Report;
      let step: Step;
      try {
        report = scoreReply(text, { scenario, lang: current.lang, turn: current.turnId });
        step = nextStep(scenario, current.turnId, report);
      } catch (error) {
        // Neither should throw on a valid scenario; if one does, the reply stays in the box, unsent.
        console.error(error);
        return false;
      }
      useSessionStore
        .getState()
        .submitReply(
          scenario.id,
          { text, report },
          step.kind === 'turn' ? { turnId: step.turn.id } : { endingId: step.ending.id },
        );
      if (step.kind === 'ending') {
        const attemptId = finishSession(scenario);
        if (attemptId) onFinished(attemptId);
      }
      return true;
    },
    [scenario, onFinished],
  );

  // A conversation that reached its ending just before the tab closed is finished on the next visit.
  const endedEarlier = session?.ended !== undefined;
  useEffect(() => {
    if (!endedEarlier) return;
    const attemptId = finishSession(scenario);
    if (attemptId) onFinished(attemptId);
  }, [endedEarlier, scenario, onFinished]);

  if (!session) {
    return (
      <StartPanel
        scenario={scenario}
        defaultLang={defaultContentLang(scenario, uiLang, contentLang)}
        defaultMode={defaultMode}
        onStart={({ lang, mode }) => {
          setStartedHere(true);
          useSessionStore.getState().start({
            scenarioId: scenario.id,
            scenarioVersion: scenario.version,
            lang,
            mode,
            turnId: startTurn(scenario).id,
          });
        }}
      />
    );
  }
  if (session.ended) return null;
  if (!fits(session, scenario)) {
    return <OutdatedSession scenarioId={scenario.id} />;
  }
  return (
    <Player
      scenario={scenario}
      session={session}
      initialDraft={useSessionStore.getState().sessions[scenario.id]?.draft ?? ''}
      onDraftChange={onDraftChange}
      onSend={onSend}
      onRestart={() => useSessionStore.getState().abandon(scenario.id)}
      focusHeading={startedHere}
    />
  );
}

/** A saved conversation the scenario no longer has room for: its draft is shown to copy before starting again. */
function OutdatedSession({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation('player');
  const draft = useSessionStore((state) => state.sessions[scenarioId]?.draft ?? '');
  return (
    <div className="screen-message">
      <h1>{t('outdated.title')}</h1>
      <p>{t('outdated.text')}</p>
      {draft ? (
        <label className="outdated__draft">
          {t('outdated.draftLabel')}
          <textarea readOnly value={draft} rows={6} />
        </label>
      ) : null}
      <p>
        <Button variant="primary" onClick={() => useSessionStore.getState().abandon(scenarioId)}>
          {t('outdated.restart')}
        </Button>
      </p>
    </div>
  );
}
