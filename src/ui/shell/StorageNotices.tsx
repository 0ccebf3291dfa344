import { useTranslation } from 'react-i18next';
import { useStorageHealth, type ResetNotice } from '../../store/safe-storage';
import { Button } from '../common/Button';
import { downloadText } from '../common/download';
import { Notice } from '../common/Notice';

/** The saved data the user is told about: what was reset and why, a full storage, no storage at all. */
export function StorageNotices() {
  const { t } = useTranslation('common');
  const resets = useStorageHealth((state) => state.resets);
  const quotaFull = useStorageHealth((state) => state.quotaFull);
  const unavailable = useStorageHealth((state) => state.unavailable);
  const dismissReset = useStorageHealth((state) => state.dismissReset);

  if (resets.length === 0 && quotaFull.length === 0 && !unavailable) return null;
  return (
    <div className="storage-notices">
      {resets.map((notice) => (
        <Notice
          key={notice.store}
          tone="warning"
          role="alert"
          title={t(`storage.reset.title.${notice.label}`)}
          actions={
            <>
              <Button size="small" icon="download" onClick={() => downloadText(backupFileName(notice), notice.raw, 'text/plain')}>
                {t('storage.reset.download')}
              </Button>
              <Button size="small" variant="quiet" onClick={() => dismissReset(notice.store)}>
                {t('storage.reset.dismiss')}
              </Button>
            </>
          }
        >
          <p>{t(`storage.reset.reason.${notice.reason}`)}</p>
        </Notice>
      ))}
      {quotaFull.length > 0 ? (
        <Notice tone="error" role="alert" title={t('storage.quota.title')}>
          <p>{t('storage.quota.text')}</p>
        </Notice>
      ) : null}
      {unavailable ? (
        <Notice tone="warning" role="status" title={t('storage.unavailable.title')}>
          <p>{t('storage.unavailable.text')}</p>
        </Notice>
      ) : null}
    </div>
  );
}

/** e.g. complaint-coach.progress-unreadable-2025-03-14.txt: the text exactly as it was found. */
function backupFileName(notice: ResetNotice): string {
  return `${notice.store}-unreadable-${notice.at.slice(0, 10)}.txt`;
}
