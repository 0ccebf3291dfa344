import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelViewProps } from './channel-view-props';
import { ReplyScore } from './ReplyScore';

/** A support chat: the customer's bubbles on the left, the trainee's on the right. */
export const ChatThread = memo(function ChatThread({ scenario, lang, entries }: ChannelViewProps) {
  const { t } = useTranslation('player');
  return (
    <div className="chat">
      <p className="chat__head">
        <span className="chat__presence" aria-hidden="true" />
        {t('chat.header', { name: scenario.customer.name, company: scenario.company })}
      </p>
      <ol className="chat__log" aria-label={t('conversation.label')}>
        {entries.map((entry) =>
          entry.kind === 'customer' ? (
            entry.lines.map((line, i) => {
              // Bubbles in a row from one person carry the name once on screen, as chat apps do; screen readers
              // still hear who says each one.
              const sameSender = i > 0 && entry.lines[i - 1]?.name === line.name;
              return (
                <li key={`${entry.key}-${i}`} className={`chat__msg chat__msg--in${sameSender ? ' chat__msg--cont' : ''}`}>
                  <span className={sameSender ? 'visually-hidden' : 'chat__who'}>{line.name}</span>
                  <p className="chat__bubble" lang={lang}>
                    {line.text}
                  </p>
                </li>
              );
            })
          ) : (
            <li key={entry.key} className="chat__msg chat__msg--out">
              <span className="chat__who">{t('conversation.you')}</span>
              <p className="chat__bubble" lang={lang}>
                {entry.text}
              </p>
              <ReplyScore score={entry.score} />
            </li>
          ),
        )}
      </ol>
    </div>
  );
});
