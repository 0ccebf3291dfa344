import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import type { Scenario } from '../../scenario/schema';
import type { Mode } from '../../store/attempt';
import { Checklist } from './Checklist';
import { Composer } from './Composer';
import { useLiveReport, type LiveReport } from './use-live-report';

interface PlayerWorkspaceProps {
  scenario: Scenario;
  lang: Lang;
  turnId: string;
  mode: Mode;
  /** The draft saved for this turn, restored after a reload. */
  initialDraft: string;
  onDraftChange(text: string): void;
  /** Sends the reply; false when it could not be scored, and the text then stays in the box. */
  onSend(text: string): boolean;
  /** What the channel shows above the box (an email's recipient and subject). */
  composeHeader?: ReactNode;
  rows: number;
  /**
   * The conversation and the brief, as elements the player made. They are the same elements on every keystroke,
   * so React skips them when the text here changes: typing re-renders the reply box and the checklist only.
   */
  conversation: ReactNode;
  brief: ReactNode;
}

/**
 * Where the trainee works: the conversation with the reply box right under it, and beside them coach mode's
 * checklist above the brief. The source order is the reading order on a phone (the customer's message, the reply
 * box, the checklist, the brief), and the keyboard follows it on every screen.
 */
export function PlayerWorkspace(props: PlayerWorkspaceProps) {
  const { scenario, lang, turnId, mode, initialDraft, onDraftChange, onSend, composeHeader, rows, conversation, brief } = props;
  const [text, setText] = useState(initialDraft);
  const report = useLiveReport(text, scenario, lang, turnId, mode === 'coach');

  return (
    <div className={`player__grid player__grid--${mode}`}>
      <div className="player__main">
        {conversation}
        <Composer
          lang={lang}
          text={text}
          onTextChange={(value) => {
            setText(value);
            onDraftChange(value);
          }}
          onSend={(value) => {
            const sent = onSend(value);
            if (sent) setText('');
            return sent;
          }}
          header={composeHeader}
          rows={rows}
        />
      </div>
      <div className="player__side">
        <LiveFeedback report={report} />
        {brief}
      </div>
    </div>
  );
}

/** The checklist in coach mode; in exam mode, or if the engine failed on this text, a note saying why there is none. */
function LiveFeedback({ report }: { report: LiveReport }) {
  const { t } = useTranslation('player');
  if (report === 'off' || report === 'failed') {
    return (
      <aside className="exam-note">
        <h2 className="exam-note__title">{t(report === 'off' ? 'mode.examBadge' : 'checklist.title')}</h2>
        <p>{t(report === 'off' ? 'mode.examNote' : 'checklist.failed')}</p>
      </aside>
    );
  }
  return <Checklist report={report} />;
}
