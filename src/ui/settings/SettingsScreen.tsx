import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../engine/languages';
import type { Mode } from '../../store/attempt';
import { useProgressStore } from '../../store/progress-store';
import { MODES, TEXT_SIZES, useSettingsStore, type ContentLang, type TextSize } from '../../store/settings-store';
import { Notice } from '../common/Notice';
import { hrefs } from '../router';
import { useDocumentTitle } from '../shell/use-document-title';
import { ChoiceGroup } from './ChoiceGroup';
import { ConfirmButton } from './ConfirmButton';
import './settings.css';

/** Settings take effect at once and are saved as they change; there is no Save button to forget. */
export function SettingsScreen() {
  const { t } = useTranslation(['settings', 'common']);
  useDocumentTitle(t('title'));
  const settings = useSettingsStore();
  const attemptCount = useProgressStore((state) => state.attempts.length);
  const clearProgress = useProgressStore((state) => state.clear);
  const [done, setDone] = useState<'settings' | 'progress' | null>(null);


  return (
    <div className="page settings">
      <div className="page__header">
        <h1>{t('title')}</h1>
        <p className="page__lead">{t('lead')}</p>
      </div>

      <div className="settings__groups">
        <section className="panel settings__panel" aria-labelledby="settings-language">
          <h2 id="settings-language" className="settings__panel-title">
            {t('sections.language')}
          </h2>
          <ChoiceGroup<Lang>
            legend={t('uiLang.legend')}
            layout="row"
            value={settings.uiLang}
            onChange={settings.setUiLang}
            choices={LANGS.map((lang) => ({ value: lang, label: t(`common:language.self.${lang}`), lang }))}
          />
          <ChoiceGroup<ContentLang>
            legend={t('contentLang.legend')}
            description={t('contentLang.description')}
            value={settings.contentLang}
            onChange={settings.setContentLang}
            layout="lead-row"
            choices={[
              { value: 'auto', label: t('contentLang.auto') },
              ...LANGS.map((lang) => ({ value: lang, label: t(`common:language.names.${lang}`) })),
            ]}
          />
        </section>

        <section className="panel settings__panel" aria-labelledby="settings-practice">
          <h2 id="settings-practice" className="settings__panel-title">
            {t('sections.practice')}
          </h2>
          <ChoiceGroup<Mode>
            legend={t('mode.legend')}
            value={settings.defaultMode}
            onChange={settings.setDefaultMode}
            choices={MODES.map((mode) => ({ value: mode, label: t(`common:mode.${mode}`), hint: t(`mode.hint.${mode}`) }))}
          />
        </section>

        <section className="panel settings__panel" aria-labelledby="settings-display">
          <h2 id="settings-display" className="settings__panel-title">
            {t('sections.display')}
          </h2>
          <ChoiceGroup<TextSize>
            legend={t('textSize.legend')}
            layout="row"
            value={settings.textSize}
            onChange={settings.setTextSize}
            choices={TEXT_SIZES.map((size) => ({ value: size, label: t(`textSize.${size}`) }))}
          />
          <p className="settings__preview" aria-hidden="true">
            {t('textSize.preview')}
          </p>
        </section>

        <section className="panel settings__panel settings__panel--reset" aria-labelledby="settings-reset">
          <h2 id="settings-reset" className="settings__panel-title">
            {t('sections.reset')}
          </h2>
          <div className="settings__reset-row">
            <div>
              <p className="settings__reset-title">{t('reset.settingsTitle')}</p>
              <p className="muted">{t('reset.settingsText')}</p>
            </div>
            <ConfirmButton
              question={t('reset.settingsQuestion')}
              confirmLabel={t('reset.settingsConfirm')}
              onConfirm={() => {
                settings.reset();
                setDone('settings');
              }}
            >
              {t('reset.settingsButton')}
            </ConfirmButton>
          </div>
          <div className="settings__reset-row">
            <div>
              <p className="settings__reset-title">{t('reset.progressTitle')}</p>
              <p className="muted">
                {attemptCount === 0 ? (
                  t('reset.progressNone')
                ) : (
                  <>
                    {t('reset.progressText', { count: attemptCount })} <a href={hrefs.progress()}>{t('reset.exportFirst')}</a>
                  </>
                )}
              </p>
            </div>
            <ConfirmButton
              variant="danger"
              disabled={attemptCount === 0}
              question={t('reset.progressQuestion', { count: attemptCount })}
              confirmLabel={t('reset.progressConfirm')}
              onConfirm={() => {
                clearProgress();
                setDone('progress');
              }}
            >
              {t('reset.progressButton')}
            </ConfirmButton>
          </div>
          <div aria-live="polite">
            {done ? (
              <Notice tone="success" onDismiss={() => setDone(null)}>
                <p>{done === 'settings' ? t('reset.settingsDone') : t('reset.progressDone')}</p>
              </Notice>
            ) : null}
          </div>
        </section>
      </div>
    </div>
  );
}
