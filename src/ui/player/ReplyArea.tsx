import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import type { Scenario } from '../../scenario/schema';
import type { Mode } from '../../store/attempt';
import { Button } from '../common/Button';
import { Checklist } from './Checklist';
import { SaveStatus } from './SaveStatus';
import { SPEECH_TAGS } from './content-lang';
import { useLiveReport } from './use-live-report';

interface ReplyAreaProps {
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
}

/**
 * The reply box and, in coach mode, the live checklist beside it. The text lives here, so a keystroke re-renders
 * this box and the checklist only, never the conversation above.
 */
export function ReplyArea({ scenario, lang, turnId, mode, initialDraft, onDraftChange, onSend, composeHeader, rows }: ReplyAreaProps) {
  const { t } = useTranslation('player');
  const [text, setText] = useState(initialDraft);
  const [emptyError, setEmptyError] = useState(false);
  const [sendFailed, setSendFailed] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const boxId = useId();
  const hintId = useId();
  const errorId = useId();
  const report = useLiveReport(text, scenario, lang, turnId, mode === 'coach');

  const send = () => {
    if (text.trim() === '') {
      setEmptyError(true);
      boxRef.current?.focus();
      return;
    }
    const sent = onSend(text);
    setSendFailed(!sent);
    if (sent) setText('');
    boxRef.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <div className={`reply-area reply-area--${mode}`}>
      <form className="composer" onSubmit={onSubmit}>
        {composeHeader}
        <label htmlFor={boxId} className="composer__label">
          {t('composer.label')}
        </label>
        <textarea
          ref={boxRef}
          id={boxId}
          className="composer__box"
          lang={SPEECH_TAGS[lang]}
          spellCheck
          rows={rows}
          value={text}
          aria-describedby={emptyError ? `${hintId} ${errorId}` : hintId}
          aria-invalid={emptyError || undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (emptyError) setEmptyError(false);
            if (sendFailed) setSendFailed(false);
            onDraftChange(event.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        {emptyError ? (
          <p id={errorId} className="composer__error" role="alert">
            {t('composer.empty')}
          </p>
        ) : null}
        {sendFailed ? (
          <p className="composer__error" role="alert">
            {t('composer.sendFailed')}
          </p>
        ) : null}
        <SaveStatus />
        <div className="composer__footer">
          <p id={hintId} className="composer__hint">
            {t('composer.shortcut')}
          </p>
          <Button type="submit" variant="primary" className="composer__send">
            {t('composer.send')}
          </Button>
        </div>
      </form>
      {report === 'off' ? (
        <aside className="exam-note">
          <h2 className="exam-note__title">{t('mode.examBadge')}</h2>
          <p>{t('mode.examNote')}</p>
        </aside>
      ) : report === 'failed' ? (
        <aside className="exam-note">
          <h2 className="exam-note__title">{t('checklist.title')}</h2>
          <p>{t('checklist.failed')}</p>
        </aside>
      ) : (
        <Checklist report={report} />
      )}
    </div>
  );
}
