import { useTranslation } from 'react-i18next';
import { useStorageHealth } from '../../store/safe-storage';
import { SESSION_STORE_NAME } from '../../store/session-store';

/**
 * Says so beside the reply box when the draft cannot be saved (storage full or blocked). The text stays in the
 * box either way; the warning tells the trainee not to close the tab.
 */
export function SaveStatus() {
  const { t } = useTranslation('player');
  const full = useStorageHealth((state) => state.quotaFull.includes(SESSION_STORE_NAME));
  const unavailable = useStorageHealth((state) => state.unavailable);
  if (!full && !unavailable) return null;
  return (
    // No live role: the app's storage notice already announces it; this copy sits where the trainee is typing.
    <p className="save-warning">
      <span aria-hidden="true">⚠ </span>
      {full ? t('composer.storageFull') : t('composer.storageUnavailable')}
    </p>
  );
}
