import { useTranslation } from 'react-i18next';
import { formatError, type ScenarioError } from '../../scenario/errors';
import { Notice } from '../common/Notice';

/** Broken scenario files are left out; this says which, with the loader's exact messages for the author. */
export function ScenarioLoadErrors({ errors }: { errors: readonly ScenarioError[] }) {
  const { t } = useTranslation('catalogue');
  const files = [...new Set(errors.map((error) => error.file))];
  return (
    <Notice tone="warning" title={t('loadErrors.title', { count: files.length })} className="catalogue__load-errors">
      <p>{t('loadErrors.text', { count: files.length, files: files.join(', ') })}</p>
      <details className="load-errors__details">
        <summary>{t('loadErrors.details')}</summary>
        <ul>
          {errors.map((error, index) => (
            <li key={index}>
              <code>{formatError(error)}</code>
            </li>
          ))}
        </ul>
      </details>
    </Notice>
  );
}

