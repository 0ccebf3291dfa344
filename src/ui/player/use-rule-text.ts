import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleId } from '../../engine/rule-ids';

export interface RuleText {
  /** rules:<id>.name */
  name(id: RuleId): string;
  /** rules:<id>.summary: what the rule asks for, in a line. */
  summary(id: RuleId): string;
  /** tips:<key>, the key as the engine's report gives it. */
  tip(key: string): string;
}

/**
 * The words for rules and tips, from the namespaces the engine's authors keep. Their keys are built from the
 * report's data (a tip key is a plain string), so they are looked up untyped here, in one place; the i18n
 * tests check those namespaces against the engine's lists instead.
 */
export function useRuleText(): RuleText {
  // t changes with the UI language, so the texts follow it.
  const { t } = useTranslation();
  return useMemo(() => {
    const lookup = t as unknown as (key: string) => string;
    return {
      name: (id) => lookup(`rules:${id}.name`),
      summary: (id) => lookup(`rules:${id}.summary`),
      tip: (key) => lookup(`tips:${key}`),
    };
  }, [t]);
}
