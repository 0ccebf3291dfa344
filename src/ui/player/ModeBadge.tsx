import { useTranslation } from 'react-i18next';
import type { Mode } from '../../store/attempt';

/** Keeps the chosen mode in view for the whole conversation. */
export function ModeBadge({ mode }: { mode: Mode }) {
  const { t } = useTranslation('player');
  return (
    <span className={`mode-badge mode-badge--${mode}`}>
      {mode === 'coach' ? t('mode.coachBadge') : t('mode.examBadge')}
    </span>
  );
}
