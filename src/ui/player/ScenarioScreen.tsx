import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgressStore } from '../../store/progress-store';
import { Debrief } from '../debrief/Debrief';
import { hrefs, navigate } from '../router';
import { findScenario, scenarioCatalogue } from '../scenario-catalogue';
import { Conversation } from './Conversation';
import '../debrief/debrief.css';
import './player.css';

interface ScenarioScreenProps {
  scenarioId: string;
  /** A saved attempt to show the debrief of (#/scenario/<id>/debrief/<attemptId>). */
  attemptId?: string;
}

/** The scenario route: the start panel, the conversation, then its debrief; or a saved attempt's debrief. */
export default function ScenarioScreen({ scenarioId, attemptId }: ScenarioScreenProps) {
  // A new scenario starts from a clean slate, whatever the router does with this component.
  return (
    <div className="page scenario-page">
      <ScenarioRoute key={scenarioId} scenarioId={scenarioId} attemptId={attemptId} />
    </div>
  );
}

function ScenarioRoute({ scenarioId, attemptId }: ScenarioScreenProps) {
  const scenario = findScenario(scenarioId);
  // Set when a conversation ends here, so the debrief shows even before the route has caught up.
  const [finishedId, setFinishedId] = useState<string | null>(null);
  const shownAttemptId = attemptId ?? finishedId;

  if (shownAttemptId) {
    return (
      <AttemptDebrief
        scenarioId={scenarioId}
        attemptId={shownAttemptId}
        justFinished={shownAttemptId === finishedId}
        onTryAgain={() => {
          setFinishedId(null);
          navigate(hrefs.scenario(scenarioId));
        }}
      />
    );
  }
  if (!scenario) return <ScenarioMissing scenarioId={scenarioId} />;
  return (
    <Conversation
      scenario={scenario}
      onFinished={(id) => {
        setFinishedId(id);
        // Replacing the entry: a reload shows this debrief, and Back does not reopen a finished conversation.
        window.location.replace(hrefs.debrief(scenarioId, id));
      }}
    />
  );
}

function AttemptDebrief({
  scenarioId,
  attemptId,
  justFinished,
  onTryAgain,
}: {
  scenarioId: string;
  attemptId: string;
  justFinished: boolean;
  onTryAgain(): void;
}) {
  const { t } = useTranslation('debrief');
  const attempt = useProgressStore((state) => state.attempts.find((a) => a.id === attemptId));
  if (!attempt || attempt.scenarioId !== scenarioId) {
    return (
      <div className="screen-message">
        <h1>{t('missing.title')}</h1>
        <p>{t('missing.text')}</p>
        <p>
          <a href={hrefs.progress()}>{t('missing.progressLink')}</a>
        </p>
      </div>
    );
  }
  return (
    <Debrief
      scenario={findScenario(scenarioId)}
      attempt={attempt}
      onTryAgain={onTryAgain}
      nextHref={nextScenarioHref(scenarioId)}
      focusOnMount={justFinished}
    />
  );
}

/** The scenario after this one in the catalogue, round to the first; null when there is no other. */
function nextScenarioHref(scenarioId: string): string | null {
  const list = scenarioCatalogue.scenarios;
  const index = list.findIndex((s) => s.id === scenarioId);
  const next = list[(index + 1) % list.length];
  return next && next.id !== scenarioId ? hrefs.scenario(next.id) : null;
}

function ScenarioMissing({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation('player');
  return (
    <div className="screen-message">
      <h1>{t('missing.title')}</h1>
      <p>{t('missing.text', { id: scenarioId })}</p>
      <p>
        <a href={hrefs.catalogue()}>{t('missing.catalogueLink')}</a>
      </p>
    </div>
  );
}
