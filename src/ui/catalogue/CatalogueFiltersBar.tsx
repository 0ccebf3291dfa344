import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../engine/languages';
import type { Channel } from '../../scenario/schema';
import { Button } from '../common/Button';
import { Icon } from '../common/Icon';
import { CHANNELS, PROFILES, type Profile } from '../common/scenario-vocabulary';
import { hasActiveFilters, useCatalogueFilters } from './catalogue-filters';
import type { ScenarioSummary } from './scenario-summary';

/** Only the values some scenario has: a filter that can only ever empty the list is noise. */
function offered<T extends string>(all: readonly T[], has: (value: T) => boolean): T[] {
  return all.filter(has);
}

export function CatalogueFiltersBar({ scenarios }: { scenarios: readonly ScenarioSummary[] }) {
  const { t } = useTranslation(['catalogue', 'common']);
  const id = useId();
  const filters = useCatalogueFilters();

  const channels = offered(CHANNELS, (channel) => scenarios.some((s) => s.channel === channel));
  const profiles = offered(PROFILES, (profile) => scenarios.some((s) => s.customer.profile.includes(profile)));
  const langs = offered(LANGS, (lang) => scenarios.some((s) => s.languages.includes(lang)));

  return (
    <form role="search" className="filters" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="field filters__search">
        <label className="field__label" htmlFor={`${id}-q`}>
          {t('filters.search')}
        </label>
        <div className="filters__search-box">
          <Icon name="search" className="filters__search-icon" />
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            value={filters.query}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(event) => filters.setFilter('query', event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-channel`}>
          {t('filters.channel')}
        </label>
        <select
          id={`${id}-channel`}
          className="select"
          value={filters.channel}
          onChange={(event) => filters.setFilter('channel', event.target.value as Channel | 'all')}
        >
          <option value="all">{t('filters.anyChannel')}</option>
          {channels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`common:channel.${channel}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-profile`}>
          {t('filters.profile')}
        </label>
        <select
          id={`${id}-profile`}
          className="select"
          value={filters.profile}
          onChange={(event) => filters.setFilter('profile', event.target.value as Profile | 'all')}
        >
          <option value="all">{t('filters.anyProfile')}</option>
          {profiles.map((profile) => (
            <option key={profile} value={profile}>
              {t(`common:profile.${profile}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-lang`}>
          {t('filters.language')}
        </label>
        <select
          id={`${id}-lang`}
          className="select"
          value={filters.lang}
          onChange={(event) => filters.setFilter('lang', event.target.value as Lang | 'all')}
        >
          <option value="all">{t('filters.anyLanguage')}</option>
          {langs.map((lang) => (
            <option key={lang} value={lang}>
              {t(`common:language.names.${lang}`)}
            </option>
          ))}
        </select>
      </div>
      {hasActiveFilters(filters) ? (
        <Button className="filters__clear" variant="quiet" icon="close" onClick={filters.clear}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
