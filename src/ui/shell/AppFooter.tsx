import { useTranslation } from 'react-i18next';
import { hrefs } from '../router';

export function AppFooter() {
  const { t } = useTranslation('common');
  return (
    <footer className="app-footer">
      <div className="app-footer__inner">
        <p>
          {t('footer.privacy')} <a href={hrefs.progress()}>{t('footer.export')}</a>
        </p>
      </div>
    </footer>
  );
}
