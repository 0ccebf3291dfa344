import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgressStore } from '../../store/progress-store';
import { useSessionStore } from '../../store/session-store';
import { useSettingsStore } from '../../store/settings-store';
import { Button } from '../common/Button';
import { scenarioRecords } from '../progress/progress-stats';
import { useDocumentTitle } from '../shell/use-document-title';
import { scenarioIndex } from './catalogue-data';
import { CatalogueFiltersBar } from './CatalogueFiltersBar';
import { hasActiveFilters, useCatalogueFilters } from './catalogue-filters';
import { filterScenarios } from './filter-scenarios';
import { HowItWorks } from './HowItWorks';
import { ScenarioCard } from './ScenarioCard';
import { ScenarioLoadErrors } from './ScenarioLoadErrors';
import type { ScenarioSummary } from './scenario-summary';
import './catalogue.css';

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** Easier scenarios first: a newcomer starts at the top. */
function byDifficulty(a: ScenarioSummary, b: ScenarioSummary): number {
  return DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty];
}

export function CatalogueScreen() {
  const { t } = useTranslation(['catalogue', 'common']);
  useDocumentTitle(t('title'));
  const { scenarios, errors } = scenarioIndex;

  const filters = useCatalogueFilters();
  const attempts = useProgressStore((state) => state.attempts);
  const sessions = useSessionStore((state) => state.sessions);
  const uiLang = useSettingsStore((state) => state.uiLang);
  const contentLang = useSettingsStore((state) => state.contentLang);

  const records = useMemo(() => scenarioRecords(attempts), [attempts]);
  const labels = (scenario: ScenarioSummary) => [
    t(`common:channel.${scenario.channel}`),
    t(`common:setting.${scenario.setting}`),
    t(`common:difficulty.${scenario.difficulty}`),
    ...scenario.customer.profile.map((profile) => t(`common:profile.${profile}`)),
  ];
  const shown = filterScenarios(scenarios, filters, labels).sort(byDifficulty);
  const filtered = hasActiveFilters(filters);

  return (
    <div className="page catalogue">
      <div className="page__header">
        <h1>{t('title')}</h1>
        <p className="page__lead">{t('lead')}</p>
      </div>
      <HowItWorks />
      {errors.length > 0 ? <ScenarioLoadErrors errors={errors} /> : null}

      <section className="section catalogue__list" aria-labelledby="catalogue-list-title">
        <div className="section__header">
          <h2 id="catalogue-list-title">{t('listTitle')}</h2>
          <p className="section__hint" role="status">
            {filtered ? t('count.filtered', { shown: shown.length, count: scenarios.length }) : t('count.all', { count: scenarios.length })}
          </p>
        </div>
        <CatalogueFiltersBar scenarios={scenarios} />
        {shown.length > 0 ? (
          <ul className="catalogue__grid">
            {shown.map((scenario) => (
              <li key={scenario.id}>
                <ScenarioCard
                  scenario={scenario}
                  record={records.get(scenario.id)}
                  session={sessions[scenario.id]}
                  uiLang={uiLang}
                  contentLang={contentLang}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className="catalogue__empty panel">
            <p>{scenarios.length === 0 ? t('empty.none') : t('empty.filtered')}</p>
            {filtered ? (
              <Button variant="secondary" onClick={filters.clear}>
                {t('filters.clear')}
              </Button>
            ) : null}
          </div>
        )}
      </section>
    </div>
  );
}
