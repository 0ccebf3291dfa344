import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTurn, localized } from '../../scenario/conversation';
import type { Scenario } from '../../scenario/schema';
import type { Session } from '../../store/session-store';
import { Button } from '../common/Button';
import { ChannelBadge } from '../common/ChannelBadge';
import { useDocumentTitle } from '../shell/use-document-title';
import { BriefPanel } from './BriefPanel';
import { buildEntries } from './build-entries';
import { ConversationView } from './channels/ConversationView';
import { EmailComposeHeader } from './channels/EmailThread';
import { CHANNEL_LABEL } from './channel-label';
import { ModeBadge } from './ModeBadge';
import { MoodGauge } from './MoodGauge';
import { PlayerWorkspace } from './PlayerWorkspace';

/** A letter needs room; a chat line does not. */
const ROWS = { email: 8, chat: 3, phone: 5, 'face-to-face': 5 } as const satisfies Record<Scenario['channel'], number>;

/** The session as the player reads it: everything but the draft, which only the reply box follows. */
export type PlayingSession = Omit<Session, 'draft'>;

interface PlayerProps {
  scenario: Scenario;
  session: PlayingSession;
  initialDraft: string;
  onDraftChange(text: string): void;
  onSend(text: string): boolean;
  onRestart(): void;
  /** Moves focus to the title on mount, e.g. after the start button that had it is gone. */
  focusHeading?: boolean;
}

/** One scenario in play: the conversation in its channel's look, the customer's mood, the reply box and the brief. */
export function Player({ scenario, session, initialDraft, onDraftChange, onSend, onRestart, focusHeading = false }: PlayerProps) {
  const { t } = useTranslation(['player', 'common']);
  const { lang, mode, history, turnId } = session;
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const conversationRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  // After a reply, bring the customer's answer into view; focus stays in the reply box, and typing scrolls back to it.
  const replies = history.length;
  useEffect(() => {
    if (replies === 0) return;
    const items = conversationRef.current?.querySelectorAll('ol > li');
    items?.[items.length - 1]?.scrollIntoView?.({ block: 'nearest' });
  }, [replies]);
  const turn = getTurn(scenario, turnId);
  const entries = useMemo(
    () => buildEntries(scenario, history, turnId, lang, mode === 'coach'),
    [scenario, history, turnId, lang, mode],
  );
  const title = localized(scenario.title, lang, scenario.languages);
  useDocumentTitle(title);
  const subject = localized(scenario.subject ?? scenario.title, lang, scenario.languages);
  const latest = entries.at(-1);

  return (
    <article className={`player player--${scenario.channel}`} aria-labelledby={titleId}>
      <header className="player__head">
        <div className="player__titles">
          <p className="player__channel">
            <ChannelBadge channel={scenario.channel} />
            {t(CHANNEL_LABEL[scenario.channel])}
          </p>
          <h1 id={titleId} ref={headingRef} tabIndex={-1} className="player__title">
            {title}
          </h1>
        </div>
        <div className="player__status">
          <ModeBadge mode={mode} />
          {turn ? <MoodGauge mood={turn.mood} customerName={scenario.customer.name} /> : null}
        </div>
        <RestartControl onRestart={onRestart} />
      </header>

      <PlayerWorkspace
        scenario={scenario}
        lang={lang}
        turnId={turnId}
        mode={mode}
        initialDraft={initialDraft}
        onDraftChange={onDraftChange}
        onSend={onSend}
        rows={ROWS[scenario.channel]}
        composeHeader={
          scenario.channel === 'email' ? <EmailComposeHeader customerName={scenario.customer.name} subject={subject} /> : null
        }
        conversation={
          <section ref={conversationRef} className="player__conversation" aria-label={t('conversation.label')}>
            <ConversationView scenario={scenario} lang={lang} entries={entries} startedAt={session.startedAt} subject={subject} />
          </section>
        }
        brief={<BriefPanel scenario={scenario} lang={lang} />}
      />

      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {history.length > 0 && latest?.kind === 'customer'
          ? latest.lines.map((line) => `${line.name}: ${line.text}`).join(' ')
          : ''}
      </div>
    </article>
  );
}

/** Starting over throws the conversation away, so it asks first. */
function RestartControl({ onRestart }: { onRestart(): void }) {
  const { t } = useTranslation(['player', 'common']);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="quiet" icon="repeat" className="player__restart" onClick={() => setAsking(true)}>
        {t('restart.button')}
      </Button>
    );
  }
  return (
    <div className="restart-confirm" role="group" aria-label={t('restart.button')}>
      <p>{t('restart.question')}</p>
      <Button variant="danger" onClick={onRestart}>
        {t('restart.confirm')}
      </Button>
      <Button variant="secondary" autoFocus onClick={() => setAsking(false)}>
        {t('restart.cancel')}
      </Button>
    </div>
  );
}
