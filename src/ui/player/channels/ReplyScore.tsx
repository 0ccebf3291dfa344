import { useTranslation } from 'react-i18next';

/** Coach mode shows each sent reply's score; exam mode keeps it for the debrief. */
export function ReplyScore({ score }: { score: number | null }) {
  const { t } = useTranslation('player');
  if (score === null) return null;
  return <span className="reply-score">{t('conversation.replyScore', { score })}</span>;
}
