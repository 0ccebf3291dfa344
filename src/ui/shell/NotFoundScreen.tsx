import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../common/Button';
import { hrefs } from '../router';
import { useDocumentTitle } from './use-document-title';

export function NotFoundScreen({ scenarioId }: { scenarioId?: string }) {
  const { t } = useTranslation('common');
  const title = scenarioId ? t('notFound.scenarioTitle') : t('notFound.title');
  useDocumentTitle(title);
  return (
    <div className="page">
      <div className="page__header">
        <h1>{title}</h1>
        <p className="page__lead">{scenarioId ? t('notFound.scenarioText', { id: scenarioId }) : t('notFound.text')}</p>
      </div>
      <ButtonLink href={hrefs.catalogue()} variant="primary" icon="list">
        {t('notFound.back')}
      </ButtonLink>
    </div>
  );
}
