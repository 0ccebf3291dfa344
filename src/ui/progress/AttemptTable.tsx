import { useTranslation } from 'react-i18next';
import type { Attempt } from '../../store/attempt';
import { hrefs } from '../router';
import { formatDateTime } from './format';

/** Every attempt, newest first, with a link to its feedback: also the data behind the chart. */
export function AttemptTable({ attempts, titleFor }: { attempts: readonly Attempt[]; titleFor: (a: Attempt) => string }) {
  const { t, i18n } = useTranslation(['progress', 'common']);
  const newestFirst = [...attempts].reverse();
  return (
    <div className="table-scroll" role="region" aria-labelledby="attempts-caption" tabIndex={0}>
      <table className="attempt-table">
        <caption id="attempts-caption" className="visually-hidden">
          {t('table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.scenario')}</th>
            <th scope="col">{t('table.mode')}</th>
            <th scope="col">{t('table.outcome')}</th>
            <th scope="col" className="attempt-table__number">
              {t('table.score')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('table.feedback')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((attempt) => (
            <tr key={attempt.id}>
              <td className="attempt-table__date">{formatDateTime(attempt.finishedAt, i18n.language)}</td>
              <td className="attempt-table__scenario">{titleFor(attempt)}</td>
              <td>{t(`common:mode.${attempt.mode}`)}</td>
              <td>
                <span className={`outcome outcome--${attempt.outcome}`}>{t(`common:outcome.${attempt.outcome}`)}</span>
              </td>
              <td className="attempt-table__number">
                <span className="score-pill">{attempt.score}</span>
              </td>
              <td>
                <a href={hrefs.debrief(attempt.scenarioId, attempt.id)}>
                  {t('table.open')}
                  <span className="visually-hidden">
                    : {titleFor(attempt)}, {formatDateTime(attempt.finishedAt, i18n.language)}
                  </span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
