import { useTranslation } from 'react-i18next';
import type { RuleResult } from '../../engine/report';
import { useRuleText } from './use-rule-text';

/**
 * Tells screen-reader users at once when the reply breaks a rule. The text only changes when the set of broken
 * rules does, so typing on does not repeat the announcement.
 */
export function ViolationAnnouncer({ broken }: { broken: RuleResult[] }) {
  const { t } = useTranslation('player');
  const text = useRuleText();
  const names = broken.map((rule) => text.name(rule.id)).join(', ');
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {names ? t('checklist.brokenAnnouncement', { names }) : ''}
    </p>
  );
}
