import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getEnding, localized } from '../../scenario/conversation';
import type { Outcome, Scenario } from '../../scenario/schema';
import type { Attempt } from '../../store/attempt';
import { Button, ButtonLink } from '../common/Button';
import { useDocumentTitle } from '../shell/use-document-title';
import { ReplyReview } from './ReplyReview';

const OUTCOME = {
  resolved: { label: 'common:outcome.resolved', icon: '✓' },
  escalated: { label: 'common:outcome.escalated', icon: '↗' },
  lost: { label: 'common:outcome.lost', icon: '✗' },
} as const satisfies Record<Outcome, { label: string; icon: string }>;

interface DebriefProps {
  /** Absent when the scenario has since been removed: the replies and verdicts are still shown. */
  scenario: Scenario | undefined;
  attempt: Attempt;
  onTryAgain(): void;
  /** Where "Next scenario" leads; null when there is no other scenario. */
  nextHref: string | null;
  /** Just finished: focus moves to the heading so keyboard and screen-reader users land on the result. */
  focusOnMount?: boolean;
}

/** The end of a conversation: the score and the ending, then every reply with its evidence, verdicts and tips. */
export function Debrief({ scenario, attempt, onTryAgain, nextHref, focusOnMount = false }: DebriefProps) {
  const { t, i18n } = useTranslation(['debrief', 'common']);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const lang = attempt.lang;
  const ending = scenario ? getEnding(scenario, attempt.endingId) : undefined;
  const outcome = OUTCOME[attempt.outcome];
  const title = scenario ? localized(scenario.title, lang, scenario.languages) : attempt.scenarioId;
  useDocumentTitle(`${t('eyebrow')}: ${title}`);
  const finished = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(attempt.finishedAt),
  );

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  return (
    <article className="debrief" aria-labelledby={headingId}>
      <header className="debrief__head">
        <p className="debrief__eyebrow">{t('eyebrow')}</p>
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="debrief__title">
          {title}
        </h1>
        <p className="debrief__meta">
          {t(attempt.mode === 'coach' ? 'meta.coach' : 'meta.exam')} · {finished}
        </p>
      </header>

      <section className="result" aria-label={t('result.label')}>
        <p className="result__score">
          <span className="result__number">{attempt.score}</span>
          <span className="result__of">/100</span>
          <span className="visually-hidden">{t('result.scoreWords', { score: attempt.score })}</span>
        </p>
        <div className="result__ending">
          <p className={`outcome outcome--${attempt.outcome}`}>
            <span aria-hidden="true">{outcome.icon} </span>
            {t(outcome.label)}
          </p>
          {ending && scenario ? (
            // Not a quotation with a byline: an ending is the customer's last message, signed as they sign it, or
            // what happened next, told by a narrator.
            <p className="result__message" lang={lang}>
              {localized(ending.message, lang, scenario.languages)}
            </p>
          ) : null}
        </div>
        <div className="result__actions">
          <Button variant="primary" icon="repeat" onClick={onTryAgain}>
            {t('actions.tryAgain')}
          </Button>
          {nextHref ? (
            <ButtonLink variant="secondary" trailingIcon="arrowRight" href={nextHref}>
              {t('actions.next')}
            </ButtonLink>
          ) : null}
        </div>
      </section>

      {scenario && scenario.version !== attempt.scenarioVersion ? (
        <p className="notice">{t('versionChanged')}</p>
      ) : null}

      <Legend />

      {attempt.replies.map((reply, index) => (
        <ReplyReview
          key={index}
          scenario={scenario}
          reply={reply}
          index={index}
          count={attempt.replies.length}
          lang={lang}
        />
      ))}
    </article>
  );
}

function Legend() {
  const { t } = useTranslation(['debrief', 'common']);
  return (
    <section className="legend" aria-label={t('legend.label')}>
      <p className="legend__title">{t('legend.label')}</p>
      <ul className="legend__list">
        <li>
          <mark className="evidence evidence--met">{t('legend.met')}</mark>
          <span className="evidence-tag evidence-tag--met">✓</span>
        </li>
        <li>
          <mark className="evidence evidence--violated">{t('legend.violated')}</mark>
          <span className="evidence-tag evidence-tag--violated">✗</span>
        </li>
        <li>
          <mark className="evidence evidence--missed">{t('legend.missed')}</mark>
          <span className="evidence-tag evidence-tag--missed">–</span>
        </li>
      </ul>
    </section>
  );
}
