import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NoVoiceNote } from '../ReadAloudButton';
import type { ChannelViewProps } from './channel-view-props';
import { SpokenTranscript } from './SpokenTranscript';

/** A phone call: a call header with the caller, then the call's transcript. */
export const PhoneCall = memo(function PhoneCall({ scenario, lang, entries }: ChannelViewProps) {
  const { t } = useTranslation('player');
  return (
    <div className="call">
      <div className="call__head">
        <span className="call__icon" aria-hidden="true">
          ✆
        </span>
        <div>
          <p className="call__caller">{scenario.customer.name}</p>
          <p className="call__status">
            <span className="call__live" aria-hidden="true" />
            {t('phone.status', { company: scenario.company })}
          </p>
        </div>
      </div>
      <NoVoiceNote lang={lang} />
      <SpokenTranscript entries={entries} lang={lang} variant="phone" />
    </div>
  );
});
