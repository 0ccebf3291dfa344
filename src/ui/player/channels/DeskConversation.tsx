import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../scenario/conversation';
import type { Scenario } from '../../../scenario/schema';
import { NoVoiceNote } from '../ReadAloudButton';
import type { ChannelViewProps } from './channel-view-props';
import { SpokenTranscript } from './SpokenTranscript';

const PLACE = {
  cleaning: 'desk.place.other',
  retail: 'desk.place.retail',
  hotel: 'desk.place.hotel',
  restaurant: 'desk.place.restaurant',
  'call-centre': 'desk.place.other',
  transport: 'desk.place.transport',
  bank: 'desk.place.bank',
  other: 'desk.place.other',
} as const satisfies Record<Scenario['setting'], string>;

/** A face-to-face conversation at a desk or a table: where it happens, who is there, then what was said. */
export const DeskConversation = memo(function DeskConversation({ scenario, lang, entries }: ChannelViewProps) {
  const { t } = useTranslation('player');
  const { customer } = scenario;
  return (
    <div className="desk">
      <div className="desk__head">
        <p className="desk__place">{t(PLACE[scenario.setting], { company: scenario.company })}</p>
        <ul className="desk__people" aria-label={t('desk.people')}>
          <li>{customer.name}</li>
          {customer.companion ? (
            <li>{t('desk.companion', { name: customer.companion.name, role: localized(customer.companion.role, lang, scenario.languages) })}</li>
          ) : null}
        </ul>
      </div>
      <NoVoiceNote lang={lang} />
      <SpokenTranscript entries={entries} lang={lang} variant="desk" />
    </div>
  );
});
