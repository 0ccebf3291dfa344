import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../engine/languages';
import { useSettingsStore } from '../../store/settings-store';
import { Icon } from '../common/Icon';

/**
 * The UI language, in the header on every screen. Each language is named in itself (the same words in every
 * locale file), so anyone can find their own, and no other language's strings need loading to say so.
 */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const id = useId();
  const uiLang = useSettingsStore((state) => state.uiLang);
  const setUiLang = useSettingsStore((state) => state.setUiLang);
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch__label">
        <Icon name="globe" />
        <span className="visually-hidden">{t('language.label')}</span>
      </label>
      <select
        id={id}
        className="language-switch__select"
        value={uiLang}
        onChange={(event) => setUiLang(event.target.value as Lang)}
      >
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.self.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
