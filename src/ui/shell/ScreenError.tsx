import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../common/Button';
import { Notice } from '../common/Notice';
import { hrefs } from '../router';

export function ScreenError({ error }: { error: Error }) {
  const { t } = useTranslation('common');
  return (
    <div className="page">
      <Notice
        tone="error"
        role="alert"
        title={t('screenError.title')}
        actions={
          <>
            <Button variant="primary" onClick={() => window.location.reload()}>
              {t('screenError.reload')}
            </Button>
            <ButtonLink href={hrefs.catalogue()}>{t('notFound.back')}</ButtonLink>
          </>
        }
      >
        <p>{t('screenError.text')}</p>
        <p className="muted">
          <code>{error.message}</code>
        </p>
      </Notice>
    </div>
  );
}
