import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import type { RuleResult } from '../../engine/report';
import type { RuleId, Verdict } from '../../engine/rule-ids';
import { useRuleText } from '../player/use-rule-text';
import { marksOf, segmentsOf } from './highlight-segments';
import { VERDICT_ICON, verdictLabel } from './verdict-labels';

/**
 * The reply with the phrases that decided each rule marked inline: a colour, an underline style per verdict and
 * a text label naming the rule, so the marking never rests on colour alone.
 */
export const HighlightedReply = memo(function HighlightedReply({
  text,
  rules,
  lang,
}: {
  text: string;
  rules: readonly RuleResult[];
  lang: Lang;
}) {
  const ruleText = useRuleText();
  const segments = segmentsOf(text, marksOf(text, rules));
  return (
    <div className="highlighted" lang={lang}>
      {segments.map((segment, index) => (
        <Fragment key={index}>
          {segment.verdict ? (
            <mark className={`evidence evidence--${segment.verdict}`} data-rules={segment.rules.join(' ')}>
              {segment.text}
            </mark>
          ) : (
            segment.text
          )}
          {segment.endingMarks.map((mark) => (
            <EvidenceTag key={`${mark.rule}-${mark.start}`} rule={mark.rule} verdict={mark.verdict} name={ruleText.name(mark.rule)} />
          ))}
        </Fragment>
      ))}
    </div>
  );
});

function EvidenceTag({ rule, verdict, name }: { rule: RuleId; verdict: Verdict; name: string }) {
  const { t } = useTranslation('debrief');
  return (
    <span className={`evidence-tag evidence-tag--${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_ICON[verdict]} </span>
      {name}
      <span className="visually-hidden">: {t(verdictLabel(rule, verdict))}</span>
    </span>
  );
}
