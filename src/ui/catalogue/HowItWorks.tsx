import { useTranslation } from 'react-i18next';

/** Three steps under the title, so a first-time trainee knows what a scenario asks of them. */
export function HowItWorks() {
  const { t } = useTranslation('catalogue');
  const steps = [t('how.read'), t('how.reply'), t('how.learn')];
  return (
    <ol className="how-it-works" aria-label={t('how.label')}>
      {steps.map((step, index) => (
        <li key={step}>
          <span className="how-it-works__number" aria-hidden="true">
            {index + 1}
          </span>
          <span>{step}</span>
        </li>
      ))}
    </ol>
  );
}
