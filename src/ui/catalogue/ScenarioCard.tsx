import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import { localized } from '../../scenario/conversation';
import type { Session } from '../../store/session-store';
import type { ContentLang } from '../../store/settings-store';
import { ButtonLink } from '../common/Button';
import { ChannelBadge } from '../common/ChannelBadge';
import { Icon } from '../common/Icon';
import { defaultContentLang } from '../player/content-lang';
import type { ScenarioRecord } from '../progress/progress-stats';
import { hrefs } from '../router';
import type { ScenarioSummary } from './scenario-summary';

interface ScenarioCardProps {
  scenario: ScenarioSummary;
  record: ScenarioRecord | undefined;
  /** The conversation left half-way, if any: the card then offers "Continue". */
  session: Session | undefined;
  uiLang: Lang;
  contentLang: ContentLang;
}

const DIFFICULTY_LEVEL = { easy: 1, medium: 2, hard: 3 } as const;

export function ScenarioCard({ scenario, record, session, uiLang, contentLang }: ScenarioCardProps) {
  const { t } = useTranslation(['catalogue', 'common']);
  const lang = session?.lang ?? defaultContentLang(scenario, uiLang, contentLang);
  const title = localized(scenario.title, lang, scenario.languages);
  const summary = localized(scenario.summary, lang, scenario.languages);
  const inProgress = session !== undefined && session.ended === undefined;
  const titleId = `scenario-${scenario.id}-title`;
  // Content in another language than the page is marked, so screen readers pronounce it right.
  const contentLangAttr = lang === uiLang ? undefined : lang;

  return (
    <article className={`card scenario-card${inProgress ? ' scenario-card--in-progress' : ''}`} aria-labelledby={titleId}>
      <div className="scenario-card__top">
        <ChannelBadge channel={scenario.channel} />
        <p className="scenario-card__kind">
          <span className="scenario-card__channel">{t(`common:channel.${scenario.channel}`)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t(`common:setting.${scenario.setting}`)}</span>
        </p>
        <p className={`difficulty difficulty--${scenario.difficulty}`}>
          <span className="difficulty__bars" aria-hidden="true">
            {[1, 2, 3].map((level) => (
              <span key={level} className={level <= DIFFICULTY_LEVEL[scenario.difficulty] ? 'is-on' : undefined} />
            ))}
          </span>
          {t(`common:difficulty.${scenario.difficulty}`)}
        </p>
      </div>

      <h3 id={titleId} className="scenario-card__title" lang={contentLangAttr}>
        {title}
      </h3>
      <p className="scenario-card__summary" lang={contentLangAttr}>
        {summary}
      </p>

      <ul className="scenario-card__tags" aria-label={t('card.profiles')}>
        {scenario.customer.profile.map((profile) => (
          <li key={profile} className="tag">
            {t(`common:profile.${profile}`)}
          </li>
        ))}
      </ul>

      <dl className="scenario-card__facts">
        <div>
          <dt>
            <Icon name="clock" />
            <span className="visually-hidden">{t('card.duration')}</span>
          </dt>
          <dd>{t('card.minutes', { minutes: scenario.estimatedMinutes })}</dd>
        </div>
        <div>
          <dt>
            <Icon name="globe" />
            <span className="visually-hidden">{t('card.languages')}</span>
          </dt>
          <dd>
            {scenario.languages.map((code) => (
              <abbr key={code} className="lang-code" title={t(`common:language.names.${code}`)}>
                {code.toUpperCase()}
              </abbr>
            ))}
          </dd>
        </div>
      </dl>

      {inProgress ? (
        <p className="scenario-card__progress-note">
          <Icon name="repeat" />
          {session.history.length === 0 ? t('card.inProgressDraft') : t('card.inProgress', { count: session.history.length })}
        </p>
      ) : null}

      <div className="scenario-card__footer">
        <p className="scenario-card__record">
          {record ? (
            <>
              <Icon name="trophy" />
              <span className="scenario-card__record-text">
                <span>{t('card.best', { score: record.best })}</span>
                <span className="scenario-card__attempts">{t('card.attempts', { count: record.attempts })}</span>
              </span>
            </>
          ) : (
            <span className="muted">{t('card.notTried')}</span>
          )}
        </p>
        {inProgress ? (
          <ButtonLink href={hrefs.scenario(scenario.id)} variant="primary" trailingIcon="arrowRight" className="scenario-card__action">
            {t('card.continue')}
            <span className="visually-hidden" lang={contentLangAttr}>: {title}</span>
          </ButtonLink>
        ) : (
          <ButtonLink
            href={hrefs.scenario(scenario.id)}
            variant={record ? 'secondary' : 'primary'}
            trailingIcon="arrowRight"
            className="scenario-card__action"
          >
            {record ? t('card.again') : t('card.start')}
            <span className="visually-hidden" lang={contentLangAttr}>: {title}</span>
          </ButtonLink>
        )}
      </div>
    </article>
  );
}
