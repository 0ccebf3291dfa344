import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

const MOOD_LABEL = {
  '-2': 'mood.angry',
  '-1': 'mood.upset',
  '0': 'mood.neutral',
  '1': 'mood.calmer',
  '2': 'mood.satisfied',
} as const;

type MoodKey = keyof typeof MOOD_LABEL;

function moodKey(mood: number): MoodKey {
  const clamped = Math.max(-2, Math.min(2, Math.round(mood)));
  return String(clamped) as MoodKey;
}

/** The customer's mood on a five-step scale from angry to satisfied, as a meter with a word for each step. */
export const MoodGauge = memo(function MoodGauge({ mood, customerName }: { mood: number; customerName: string }) {
  const { t } = useTranslation('player');
  const captionId = useId();
  const key = moodKey(mood);
  const label = t(MOOD_LABEL[key]);
  return (
    <div className="mood" data-mood={key}>
      <span id={captionId} className="mood__caption">
        {t('mood.caption', { name: customerName })}
      </span>
      <div
        className="mood__track"
        role="meter"
        aria-labelledby={captionId}
        aria-valuemin={-2}
        aria-valuemax={2}
        aria-valuenow={Number(key)}
        aria-valuetext={label}
      >
        <span className="mood__marker" style={{ left: `${((Number(key) + 2) / 4) * 100}%` }} />
      </div>
      <span className="mood__value">{label}</span>
    </div>
  );
});
