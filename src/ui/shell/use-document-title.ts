import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Scenarios · Complaint Coach": the tab and the history list name the screen first. */
export function useDocumentTitle(screenTitle: string | undefined): void {
  const { t } = useTranslation('common');
  const appName = t('app.name');
  useEffect(() => {
    document.title = screenTitle ? `${screenTitle} · ${appName}` : appName;
  }, [screenTitle, appName]);
}
