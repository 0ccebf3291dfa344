import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import { Button } from '../common/Button';
import { SaveStatus } from './SaveStatus';
import { SPEECH_TAGS } from './content-lang';

interface ComposerProps {
  lang: Lang;
  text: string;
  onTextChange(text: string): void;
  /** Sends the reply; false when it could not be scored, and the text then stays in the box. */
  onSend(text: string): boolean;
  /** What the channel shows above the box (an email's recipient and subject). */
  header?: ReactNode;
  rows: number;
}

/** The reply box: typed text, Ctrl+Enter or the button to send, and a message when there is nothing to send. */
export function Composer({ lang, text, onTextChange, onSend, header, rows }: ComposerProps) {
  const { t } = useTranslation('player');
  const [emptyError, setEmptyError] = useState(false);
  const [sendFailed, setSendFailed] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const boxId = useId();
  const hintId = useId();
  const errorId = useId();

  const send = () => {
    if (text.trim() === '') {
      setEmptyError(true);
      boxRef.current?.focus();
      return;
    }
    setSendFailed(!onSend(text));
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
    <form className="composer" onSubmit={onSubmit}>
      {header}
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
          onTextChange(event.target.value);
          if (emptyError) setEmptyError(false);
          if (sendFailed) setSendFailed(false);
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
  );
}
