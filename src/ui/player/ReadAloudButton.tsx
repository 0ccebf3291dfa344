import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import { speak, useSpeechVoice } from './use-speech-voice';

/**
 * Reads a customer's lines aloud in the scenario's language. Hidden where the browser has no voice for it:
 * a voice for another language would mispronounce every word.
 */
export function ReadAloudButton({ lines, lang, label }: { lines: string[]; lang: Lang; label: string }) {
  const { t } = useTranslation('player');
  const voice = useSpeechVoice(lang);
  const [speaking, setSpeaking] = useState(false);
  const stopRef = useRef<(() => void) | null>(null);

  useEffect(() => () => stopRef.current?.(), []);

  if (!voice) return null;

  const toggle = () => {
    if (speaking) {
      stopRef.current?.();
      stopRef.current = null;
      setSpeaking(false);
      return;
    }
    setSpeaking(true);
    stopRef.current = speak(lines, lang, () => setSpeaking(false));
  };

  return (
    <button type="button" className="read-aloud" aria-pressed={speaking} onClick={toggle}>
      <span aria-hidden="true">{speaking ? '■' : '▶'}</span> {speaking ? t('readAloud.stop') : t('readAloud.play')}
      <span className="visually-hidden">: {label}</span>
    </button>
  );
}

/** A quiet note where the browser cannot read the scenario's language aloud. */
export function NoVoiceNote({ lang }: { lang: Lang }) {
  const { t } = useTranslation('player');
  const voice = useSpeechVoice(lang);
  if (voice) return null;
  return <p className="no-voice">{t(NO_VOICE[lang])}</p>;
}

// Whole sentences per language: the language's name inflects differently in each UI language.
const NO_VOICE = {
  et: 'readAloud.noVoiceEt',
  en: 'readAloud.noVoiceEn',
  pl: 'readAloud.noVoicePl',
} as const;
