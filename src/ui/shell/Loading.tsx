import { useTranslation } from 'react-i18next';

/** Shown while a screen's code downloads; polite, so it is announced without interrupting. */
export function Loading() {
  const { t } = useTranslation('common');
  return (
    <div className="page loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}
