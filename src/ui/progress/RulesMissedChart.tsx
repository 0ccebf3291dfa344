import { useTranslation } from 'react-i18next';
import { useRuleText } from '../player/use-rule-text';
import type { RuleMisses } from './progress-stats';

const SHOWN = 6;

/**
 * The rules failed most often, as labelled bars: the text beside each bar says the same as the bar,
 * so the list reads complete without the picture. Missed (left out) and broken (a prohibition
 * violated) are stacked in two shades and named in the legend.
 */
export function RulesMissedChart({ misses }: { misses: readonly RuleMisses[] }) {
  const { t } = useTranslation('progress');
  const ruleText = useRuleText();
  if (misses.length === 0) return <p className="muted">{t('rules.none')}</p>;
  const shown = misses.slice(0, SHOWN);
  return (
    <div className="rules-missed">
      <ol className="rules-missed__list">
        {shown.map((entry) => {
          const missedShare = (entry.missed / entry.scored) * 100;
          const violatedShare = (entry.violated / entry.scored) * 100;
          return (
            <li key={entry.id} className="rules-missed__item">
              <span className="rules-missed__name">{ruleText.name(entry.id)}</span>
              <svg className="rules-missed__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect className="rules-missed__track" x="0" y="0" width="100" height="10" rx="2" />
                <rect className="rules-missed__violated" x="0" y="0" width={violatedShare} height="10" />
                <rect className="rules-missed__missed" x={violatedShare} y="0" width={missedShare} height="10" />
              </svg>
              <span className="rules-missed__figure">
                {t('rules.figure', {
                  failed: entry.missed + entry.violated,
                  count: entry.scored,
                  percent: Math.round(entry.rate * 100),
                })}
                {entry.violated > 0 ? <span className="rules-missed__broken"> · {t('rules.broken', { count: entry.violated })}</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
      {misses.length > SHOWN ? <p className="muted rules-missed__more">{t('rules.more', { count: misses.length - SHOWN })}</p> : null}
      <p className="rules-missed__legend" aria-hidden="true">
        <span>
          <i className="swatch swatch--missed" />
          {t('rules.legendMissed')}
        </span>
        <span>
          <i className="swatch swatch--violated" />
          {t('rules.legendBroken')}
        </span>
      </p>
    </div>
  );
}
