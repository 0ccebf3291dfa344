import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../engine/languages';
import type { ConversationEntry } from '../conversation-entries';
import { ReadAloudButton } from '../ReadAloudButton';
import { ReplyScore } from './ReplyScore';

/** The transcript of a spoken conversation (phone or desk): who said what, each customer turn readable aloud. */
export const SpokenTranscript = memo(function SpokenTranscript({
  entries,
  lang,
  variant,
}: {
  entries: ConversationEntry[];
  lang: Lang;
  variant: 'phone' | 'desk';
}) {
  const { t } = useTranslation('player');
  return (
    <ol className={`transcript transcript--${variant}`} aria-label={t('conversation.transcript')}>
      {entries.map((entry) =>
        entry.kind === 'customer' ? (
          <li key={entry.key} className="transcript__turn transcript__turn--in">
            {entry.lines.map((line, i) => (
              <p key={i} className={`transcript__line transcript__line--${line.speaker}`}>
                <span className="transcript__who">
                  {line.name}
                  {/* Heard as "name: words", as the layout shows it. */}
                  <span className="visually-hidden">:</span>
                </span>
                <span className="transcript__said" lang={lang}>
                  {line.text}
                </span>
              </p>
            ))}
            <ReadAloudButton
              lang={lang}
              lines={entry.lines.map((line) => line.text)}
              label={entry.lines.map((line) => line.name).join(', ')}
            />
          </li>
        ) : (
          <li key={entry.key} className="transcript__turn transcript__turn--out">
            <p className="transcript__line transcript__line--agent">
              <span className="transcript__who">
                {t('conversation.you')}
                <span className="visually-hidden">:</span>
              </span>
              <span className="transcript__said" lang={lang}>
                {entry.text}
              </span>
            </p>
            <ReplyScore score={entry.score} />
          </li>
        ),
      )}
    </ol>
  );
});
