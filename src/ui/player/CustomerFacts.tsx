import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/languages';
import { localized } from '../../scenario/conversation';
import type { Scenario } from '../../scenario/schema';

type Profile = Scenario['customer']['profile'][number];

/** The profile names the catalogue uses too. */
export const PROFILE_LABEL = {
  elderly: 'common:profile.elderly',
  family: 'common:profile.family',
  disability: 'common:profile.disability',
  regular: 'common:profile.regular',
  angry: 'common:profile.angry',
  polite: 'common:profile.polite',
  vague: 'common:profile.vague',
} as const satisfies Record<Profile, string>;

/** The customer (with companion and profile tags) and the company, as rows of a definition list. */
export function CustomerFacts({ scenario, lang, tagsClassName }: { scenario: Scenario; lang: Lang; tagsClassName: string }) {
  const { t } = useTranslation(['player', 'common']);
  const { customer } = scenario;
  return (
    <>
      <div>
        <dt>{t('brief.customer')}</dt>
        <dd>
          {customer.name}
          {customer.companion
            ? t('brief.withCompanion', {
                name: customer.companion.name,
                role: localized(customer.companion.role, lang, scenario.languages),
              })
            : null}
          {customer.profile.length > 0 ? (
            <span className={tagsClassName}>
              {customer.profile.map((p) => (
                <span key={p} className="tag">
                  {t(PROFILE_LABEL[p])}
                </span>
              ))}
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('brief.company')}</dt>
        <dd>{scenario.company}</dd>
      </div>
    </>
  );
}
