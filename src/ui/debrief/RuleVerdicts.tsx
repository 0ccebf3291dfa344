import { useTranslation } from 'react-i18next';
import type { RuleResult } from '../../engine/report';
import { useRuleText } from '../player/use-rule-text';
import { VERDICT_ICON, verdictLabel } from './verdict-labels';

/** Every rule scored on a reply: its verdict in words, the phrases behind it and the tip; what to work on first. */
export function RuleVerdicts({ rules }: { rules: readonly RuleResult[] }) {
  const { t } = useTranslation('debrief');
  const toWork = rules.filter((rule) => rule.verdict !== 'met');
  const done = rules.filter((rule) => rule.verdict === 'met');
  return (
    <div className="verdicts">
      {toWork.length > 0 ? (
        <>
          <h4 className="verdicts__group">{t('rules.toWorkOn')}</h4>
          <ul className="verdicts__list">
            {toWork.map((rule) => (
              <RuleVerdictItem key={rule.id} rule={rule} />
            ))}
          </ul>
        </>
      ) : null}
      {done.length > 0 ? (
        <>
          <h4 className="verdicts__group">{t('rules.done')}</h4>
          <ul className="verdicts__list">
            {done.map((rule) => (
              <RuleVerdictItem key={rule.id} rule={rule} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function RuleVerdictItem({ rule }: { rule: RuleResult }) {
  const { t } = useTranslation('debrief');
  const text = useRuleText();
  return (
    <li className={`verdict verdict--${rule.verdict}`} data-rule={rule.id} data-verdict={rule.verdict}>
      <span className="verdict__badge">
        <span aria-hidden="true">{VERDICT_ICON[rule.verdict]} </span>
        {t(verdictLabel(rule.id, rule.verdict))}
      </span>
      <span className="verdict__body">
        <span className="verdict__name">{text.name(rule.id)}</span>
        {rule.evidence.length > 0 ? (
          <span className="verdict__evidence">
            {rule.evidence.map((e, i) => (
              <q key={i}>{e.text}</q>
            ))}
          </span>
        ) : null}
        <span className="verdict__tip">{text.tip(rule.tip)}</span>
      </span>
    </li>
  );
}
