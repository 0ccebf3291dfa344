import { useSyncExternalStore } from 'react';
import type { Lang } from '../../engine/languages';
import { SPEECH_TAGS } from './content-lang';

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The browser's voice for a language, if it has one: an exact region match first, then any of the language. */
export function findVoice(lang: Lang): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  const tag = SPEECH_TAGS[lang].toLowerCase();
  const matches = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((voice) => matches(voice) === tag) ?? voices.find((voice) => matches(voice).split('-')[0] === lang)
  );
}

function subscribe(onChange: () => void): () => void {
  const speech = synth();
  // Browsers load their voices late and announce them with this event.
  speech?.addEventListener('voiceschanged', onChange);
  return () => speech?.removeEventListener('voiceschanged', onChange);
}

/** The id of the voice that can read the scenario's language aloud, or null where the browser has none. */
export function useSpeechVoice(lang: Lang): string | null {
  return useSyncExternalStore(
    subscribe,
    () => findVoice(lang)?.voiceURI ?? null,
    () => null,
  );
}

/** Reads the lines one after another in the given voice; returns a function that stops them. */
export function speak(lines: string[], lang: Lang, onEnd: () => void): () => void {
  const speech = synth();
  const voice = findVoice(lang);
  if (!speech || !voice || lines.length === 0) {
    onEnd();
    return () => {};
  }
  speech.cancel();
  lines.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.95;
    if (index === lines.length - 1) {
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
    }
    speech.speak(utterance);
  });
  return () => speech.cancel();
}
