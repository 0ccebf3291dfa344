import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelViewProps } from './channel-view-props';
import { ReplyScore } from './ReplyScore';

/** An email client's thread: each message with its sender, recipient, date and subject. */
export const EmailThread = memo(function EmailThread({ scenario, lang, entries, startedAt, subject }: ChannelViewProps) {
  const { t, i18n } = useTranslation('player');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(startedAt),
  );
  const desk = t('email.companyDesk', { company: scenario.company });

  return (
    <ol className="email-thread" aria-label={t('conversation.label')}>
      {entries.map((entry, index) => {
        const incoming = entry.kind === 'customer';
        return (
          <li key={entry.key}>
            <article className={`email ${incoming ? 'email--in' : 'email--out'}`} lang={lang}>
              <header className="email__head" lang={i18n.language}>
                <p className="email__subject">{index === 0 ? subject : `Re: ${subject}`}</p>
                <dl className="email__meta">
                  <div>
                    <dt>{t('email.from')}</dt>
                    <dd>
                      <span className="email__avatar" aria-hidden="true">
                        {initials(incoming ? scenario.customer.name : scenario.company)}
                      </span>
                      {incoming ? scenario.customer.name : desk}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('email.to')}</dt>
                    <dd>{incoming ? desk : scenario.customer.name}</dd>
                  </div>
                  {incoming ? (
                    <div>
                      <dt>{t('email.date')}</dt>
                      <dd>{date}</dd>
                    </div>
                  ) : null}
                </dl>
                {entry.kind === 'reply' ? <ReplyScore score={entry.score} /> : null}
              </header>
              <div className="email__body">
                {entry.kind === 'customer' ? entry.lines.map((line, i) => <p key={i}>{line.text}</p>) : <p>{entry.text}</p>}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
});

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** The compose header of an email reply: to whom, and the subject. */
export function EmailComposeHeader({ customerName, subject }: { customerName: string; subject: string }) {
  const { t } = useTranslation('player');
  return (
    <dl className="email-compose">
      <div>
        <dt>{t('email.to')}</dt>
        <dd>{customerName}</dd>
      </div>
      <div>
        <dt>{t('email.subject')}</dt>
        <dd>Re: {subject}</dd>
      </div>
    </dl>
  );
}
