import type { Lang } from '../../engine/languages';
import type { Scenario } from '../../scenario/schema';

/**
 * The language a scenario is played in by default: the setting's explicit preference if the scenario has it,
 * else the UI language if the scenario has it, else the scenario's first language.
 */
export function defaultContentLang(scenario: Pick<Scenario, 'languages'>, uiLang: Lang, preferred: 'auto' | Lang): Lang {
  if (preferred !== 'auto' && scenario.languages.includes(preferred)) return preferred;
  if (scenario.languages.includes(uiLang)) return uiLang;
  // The schema requires at least one language.
  return scenario.languages[0] as Lang;
}

/** BCP 47 tags for the speech synthesis and for the reply box's spell-checking. */
export const SPEECH_TAGS: Record<Lang, string> = { et: 'et-EE', en: 'en-GB', pl: 'pl-PL' };
