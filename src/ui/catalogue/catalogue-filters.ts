import { create } from 'zustand';
import type { Lang } from '../../engine/languages';
import type { Channel } from '../../scenario/schema';
import type { Profile } from '../common/scenario-vocabulary';

export interface CatalogueFilters {
  query: string;
  channel: Channel | 'all';
  profile: Profile | 'all';
  lang: Lang | 'all';
}

export const NO_FILTERS: CatalogueFilters = { query: '', channel: 'all', profile: 'all', lang: 'all' };

interface FiltersState extends CatalogueFilters {
  setFilter<K extends keyof CatalogueFilters>(key: K, value: CatalogueFilters[K]): void;
  clear(): void;
}

/** Kept for the visit (not saved): the trainee who opens a scenario and comes back finds the list as they left it. */
export const useCatalogueFilters = create<FiltersState>()((set) => ({
  ...NO_FILTERS,
  setFilter: (key, value) => set({ [key]: value } as Partial<CatalogueFilters>),
  clear: () => set(NO_FILTERS),
}));

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return filters.query.trim() !== '' || filters.channel !== 'all' || filters.profile !== 'all' || filters.lang !== 'all';
}
