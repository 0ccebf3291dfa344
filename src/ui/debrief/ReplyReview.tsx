import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import { getTurn, localized } from '../../scenario/conversation';
import type { Scenario } from '../../scenario/schema';
import type { AttemptReply } from '../../store/attempt';
import { spokenLines } from '../player/build-entries';
import { HighlightedReply } from './HighlightedReply';
import { RuleVerdicts } from './RuleVerdicts';

interface ReplyReviewProps {
  scenario: Scenario | undefined;
  reply: AttemptReply;
  index: number;
  count: number;
  lang: Lang;
}

/** One reply looked at again: what the customer said, the reply with its evidence beside the model answer, every rule. */
export function ReplyReview({ scenario, reply, index, count, lang }: ReplyReviewProps) {
  const { t } = useTranslation('debrief');
  const headingId = useId();
  const turn = scenario ? getTurn(scenario, reply.turnId) : undefined;
  const lines = scenario && turn ? spokenLines(scenario, turn, lang) : [];
  const model = scenario && turn?.modelAnswer ? localized(turn.modelAnswer, lang, scenario.languages) : null;

  return (
    <section className="review" aria-labelledby={headingId}>
      <h2 id={headingId} className="review__title">
        {count > 1 ? t('reply.titleOf', { n: index + 1, total: count }) : t('reply.title')}
        <span className="review__score">{t('reply.score', { score: reply.report.score })}</span>
      </h2>

      {lines.length > 0 ? (
        <details className="review__customer" open={index === 0 || undefined}>
          <summary>{t('reply.customerSaid')}</summary>
          {lines.map((line, i) => (
            <p key={i}>
              <strong>{line.name}: </strong>
              <span lang={lang}>{line.text}</span>
            </p>
          ))}
        </details>
      ) : null}

      <div className="review__compare">
        <div className="review__pane review__pane--yours">
          <h3 className="review__pane-title">{t('reply.yours')}</h3>
          <HighlightedReply text={reply.text} rules={reply.report.rules} lang={lang} />
        </div>
        <div className="review__pane review__pane--model">
          <h3 className="review__pane-title">{t('reply.model')}</h3>
          {model ? (
            <div className="review__model" lang={lang}>
              {model}
            </div>
          ) : (
            <p className="review__none">{t('reply.noModel')}</p>
          )}
        </div>
      </div>

      <h3 className="review__rules-title">{t('rules.title')}</h3>
      <RuleVerdicts rules={reply.report.rules} />
    </section>
  );
}
