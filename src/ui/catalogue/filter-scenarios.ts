import { fold } from '../../engine/text/fold';
import type { CatalogueFilters } from './catalogue-filters';
import type { ScenarioSummary } from './scenario-summary';

/**
 * The scenarios that pass every filter. The search matches each word of the query, case- and
 * diacritic-insensitively ("korist" finds "Koristaja", "zolw" finds "żółw"), against the title,
 * summary, customer and company in every language, plus the words the card shows (`labels`).
 */
export function filterScenarios<S extends ScenarioSummary>(
  scenarios: readonly S[],
  filters: CatalogueFilters,
  labels: (scenario: S) => string[] = () => [],
): S[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  return scenarios.filter((scenario) => {
    if (filters.channel !== 'all' && scenario.channel !== filters.channel) return false;
    if (filters.profile !== 'all' && !scenario.customer.profile.includes(filters.profile)) return false;
    if (filters.lang !== 'all' && !scenario.languages.includes(filters.lang)) return false;
    if (words.length === 0) return true;
    const haystack = fold(searchableText(scenario, labels(scenario)));
    return words.every((word) => haystack.includes(word));
  });
}

function searchableText(scenario: ScenarioSummary, labels: string[]): string {
  return [
    ...Object.values(scenario.title),
    ...Object.values(scenario.summary),
    scenario.customer.name,
    scenario.customer.companion?.name ?? '',
    scenario.company,
    ...labels,
  ].join(' \n ');
}
