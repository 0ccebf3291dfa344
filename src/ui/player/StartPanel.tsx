import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import { localized } from '../../scenario/conversation';
import type { Scenario } from '../../scenario/schema';
import type { Mode } from '../../store/attempt';
import { Button } from '../common/Button';
import { ChannelBadge } from '../common/ChannelBadge';
import { useDocumentTitle } from '../shell/use-document-title';
import { CustomerFacts } from './CustomerFacts';
import { CHANNEL_LABEL } from './channel-label';

interface StartPanelProps {
  scenario: Scenario;
  defaultLang: Lang;
  defaultMode: Mode;
  onStart(choice: { lang: Lang; mode: Mode }): void;
}

/** Before the first message: who the customer is, the channel, the brief, and the choice of mode and language. */
export function StartPanel({ scenario, defaultLang, defaultMode, onStart }: StartPanelProps) {
  const { t } = useTranslation(['player', 'common']);
  const [lang, setLang] = useState<Lang>(defaultLang);
  const [mode, setMode] = useState<Mode>(defaultMode);
  const titleId = useId();
  const title = localized(scenario.title, lang, scenario.languages);
  useDocumentTitle(title);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({ lang, mode });
  };

  return (
    <article className="start" aria-labelledby={titleId}>
      <p className="start__eyebrow">
        <ChannelBadge channel={scenario.channel} />
        {t(CHANNEL_LABEL[scenario.channel])}
      </p>
      <h1 id={titleId} className="start__title">
        {title}
      </h1>
      <p className="start__summary" lang={lang}>
        {localized(scenario.summary, lang, scenario.languages)}
      </p>

      <dl className="start__facts">
        <CustomerFacts scenario={scenario} lang={lang} tagsClassName="start__tags" />
        <div>
          <dt>{t('start.channel')}</dt>
          <dd>{t(CHANNEL_LABEL[scenario.channel])}</dd>
        </div>
        <div>
          <dt>{t('start.time')}</dt>
          <dd>{t('start.minutes', { count: scenario.estimatedMinutes })}</dd>
        </div>
      </dl>

      <h2 className="start__heading">{t('brief.situation')}</h2>
      <p lang={lang}>{localized(scenario.brief, lang, scenario.languages)}</p>

      <form className="start__form" onSubmit={submit}>
        <fieldset className="choice-group">
          <legend>{t('start.modeLegend')}</legend>
          <ModeOption value="coach" checked={mode === 'coach'} onChange={setMode} />
          <ModeOption value="exam" checked={mode === 'exam'} onChange={setMode} />
        </fieldset>

        {scenario.languages.length > 1 ? (
          <fieldset
            className="choice-group choice-columns"
            style={{ '--count': scenario.languages.length } as CSSProperties}
          >
            <legend>{t('start.langLegend')}</legend>
            {scenario.languages.map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name="content-lang"
                  value={option}
                  checked={lang === option}
                  onChange={() => setLang(option)}
                />
                {/* Named in the interface language, as in the settings and the catalogue's filter. */}
                <span className="choice__label">{t(`common:language.names.${option}`)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}

        <Button type="submit" variant="primary" icon="play" className="start__go">
          {t('start.begin')}
        </Button>
      </form>
    </article>
  );
}

const MODE_TEXT = {
  coach: { name: 'mode.coach', description: 'mode.coachDescription' },
  exam: { name: 'mode.exam', description: 'mode.examDescription' },
} as const;

function ModeOption({ value, checked, onChange }: { value: Mode; checked: boolean; onChange(mode: Mode): void }) {
  const { t } = useTranslation(['player', 'common']);
  const descriptionId = useId();
  return (
    <label className="choice">
      <input
        type="radio"
        name="mode"
        value={value}
        checked={checked}
        aria-describedby={descriptionId}
        onChange={() => onChange(value)}
      />
      <span className="choice__text">
        <span className="choice__label">{t(MODE_TEXT[value].name)}</span>
        <span id={descriptionId} className="choice__hint">
          {t(MODE_TEXT[value].description)}
        </span>
      </span>
    </label>
  );
}
