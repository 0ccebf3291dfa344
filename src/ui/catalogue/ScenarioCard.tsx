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
  const action = inProgress ? t('card.continue') : record ? t('card.again') : t('card.start');

  return (
    <article className={`card scenario-card${inProgress ? ' scenario-card--in-progress' : ''}`} aria-labelledby={titleId}>
      <div className="scenario-card__top">
        <ChannelBadge channel={scenario.channel} />
        <p className="scenario-card__kind">
          {/* Channel over setting, one line each, so every card's corner looks alike whatever the words' length. */}
          <span className="scenario-card__channel">
            {t(`common:channel.${scenario.channel}`)}
            <span className="visually-hidden">,</span>
          </span>{' '}
          <span className="scenario-card__setting">{t(`common:setting.${scenario.setting}`)}</span>
        </p>
        <p className={`difficulty difficulty--${scenario.difficulty}`}>
          <span className="difficulty__bars" aria-hidden="true">
            {[1, 2, 3].map((level) => (
              <span key={level} className={level <= DIFFICULTY_LEVEL[scenario.difficulty] ? 'is-on' : undefined} />
            ))}
          </span>
          <span className="visually-hidden">{t('card.difficulty')}: </span>
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
        <ButtonLink
          href={hrefs.scenario(scenario.id)}
          variant={inProgress || !record ? 'primary' : 'secondary'}
          trailingIcon="arrowRight"
          className="scenario-card__action"
          // Every card has the same few actions, so the name says which scenario; it starts with the visible words.
          aria-label={t('card.actionLabel', { action, title })}
        >
          {action}
        </ButtonLink>
      </div>
    </article>
  );
}
