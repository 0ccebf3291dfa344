import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../scenario/conversation';
import type { Attempt } from '../../store/attempt';
import { useProgressStore } from '../../store/progress-store';
import { useSettingsStore } from '../../store/settings-store';
import { ButtonLink } from '../common/Button';
import { hrefs } from '../router';
import { findScenarioSummary } from '../catalogue/catalogue-data';
import { useDocumentTitle } from '../shell/use-document-title';
import { AttemptTable } from './AttemptTable';
import { formatDate } from './format';
import { chronological, rulesMissedMost, summarise } from './progress-stats';
import { ProgressTransfer } from './ProgressTransfer';
import { RulesMissedChart } from './RulesMissedChart';
import { ScoreChart } from './ScoreChart';
import './progress.css';

const ALL = '';

export function ProgressScreen() {
  const { t, i18n } = useTranslation('progress');
  useDocumentTitle(t('title'));
  const selectId = useId();
  const attempts = useProgressStore((state) => state.attempts);
  const [scenarioId, setScenarioId] = useState(ALL);

  // Attempts at scenarios no longer shipped keep their id as a title rather than disappearing.
  const uiLang = useSettingsStore((state) => state.uiLang);
  const titleOf = (id: string) => {
    const scenario = findScenarioSummary(id);
    return scenario ? localized(scenario.title, uiLang, scenario.languages) : id;
  };
  const titleFor = (attempt: Attempt) => titleOf(attempt.scenarioId);

  const practised = useMemo(() => [...new Set(attempts.map((a) => a.scenarioId))], [attempts]);
  const selected = practised.includes(scenarioId) ? scenarioId : ALL;
  const shown = useMemo(
    () => chronological(selected === ALL ? attempts : attempts.filter((a) => a.scenarioId === selected)),
    [attempts, selected],
  );
  const summary = summarise(shown);
  const misses = useMemo(() => rulesMissedMost(shown), [shown]);

  return (
    <div className="page progress">
      <div className="page__header">
        <h1>{t('title')}</h1>
        <p className="page__lead">{t('lead')}</p>
      </div>

      {summary === null ? (
        <div className="panel progress__empty">
          <h2>{t('empty.title')}</h2>
          <p className="muted">{t('empty.text')}</p>
          <ButtonLink href={hrefs.catalogue()} variant="primary" trailingIcon="arrowRight">
            {t('empty.action')}
          </ButtonLink>
        </div>
      ) : (
        <>
          <div className="progress__toolbar">
            <div className="field">
              <label className="field__label" htmlFor={selectId}>
                {t('filter.label')}
              </label>
              <select id={selectId} className="select" value={selected} onChange={(event) => setScenarioId(event.target.value)}>
                <option value={ALL}>{t('filter.all')}</option>
                {practised.map((id) => (
                  <option key={id} value={id}>
                    {titleOf(id)}
                  </option>
                ))}
              </select>
            </div>
          </div>

          <dl className="stat-tiles">
            <div className="stat-tile">
              <dt>{t('stats.attempts')}</dt>
              <dd>{summary.attempts}</dd>
            </div>
            <div className="stat-tile">
              <dt>{t('stats.average')}</dt>
              <dd>{summary.average}</dd>
            </div>
            <div className="stat-tile">
              <dt>{t('stats.best')}</dt>
              <dd>{summary.best}</dd>
            </div>
            <div className="stat-tile">
              <dt>{t('stats.latest')}</dt>
              <dd className="stat-tile__date">{formatDate(summary.latest, i18n.language)}</dd>
            </div>
          </dl>

          <div className="progress__charts">
            <section className="panel" aria-labelledby="scores-title">
              <h2 id="scores-title" className="panel__title">
                {t('chart.title')}
              </h2>
              <ScoreChart attempts={shown} titleFor={titleFor} />
            </section>
            <section className="panel" aria-labelledby="rules-title">
              <h2 id="rules-title" className="panel__title">
                {t('rules.title')}
              </h2>
              <p className="panel__hint">{t('rules.hint')}</p>
              <RulesMissedChart misses={misses} />
            </section>
          </div>

          <section className="section" aria-labelledby="attempts-title">
            <div className="section__header">
              <h2 id="attempts-title">{t('table.title')}</h2>
            </div>
            <AttemptTable attempts={shown} titleFor={titleFor} />
          </section>
        </>
      )}

      <section className="section" aria-labelledby="transfer-title">
        <div className="section__header">
          <h2 id="transfer-title">{t('transfer.title')}</h2>
        </div>
        <p className="muted transfer__lead">{t('transfer.lead')}</p>
        <ProgressTransfer />
      </section>
    </div>
  );
}
