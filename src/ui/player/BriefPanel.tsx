import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import { localized } from '../../scenario/conversation';
import type { Scenario } from '../../scenario/schema';
import { CustomerFacts } from './CustomerFacts';

/**
 * Who the customer is, what is known, and what the trainee may offer: beside the checklist on wide screens, after it
 * on a phone. It folds away once read; the heading holds the button, so it stays in the page's heading outline.
 */
export const BriefPanel = memo(function BriefPanel({ scenario, lang }: { scenario: Scenario; lang: Lang }) {
  const { t } = useTranslation(['player', 'common']);
  const [open, setOpen] = useState(true);
  const headingId = useId();
  const contentId = useId();
  const policy = localized(scenario.policy, lang, scenario.languages);
  return (
    <section className="brief" aria-labelledby={headingId}>
      <h2 id={headingId} className="brief__title">
        <button
          type="button"
          className="brief__toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((was) => !was)}
        >
          <span className="brief__chevron" aria-hidden="true" />
          {t('brief.title')}
        </button>
      </h2>
      <div id={contentId} className="brief__content" hidden={!open}>
        <dl className="brief__facts">
          <CustomerFacts scenario={scenario} lang={lang} tagsClassName="brief__tags" />
        </dl>
        <h3 className="brief__heading">{t('brief.situation')}</h3>
        <p lang={lang}>{localized(scenario.brief, lang, scenario.languages)}</p>
        <h3 className="brief__heading">{t('brief.policy')}</h3>
        <ul className="brief__policy" lang={lang}>
          {policy.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </section>
  );
});
