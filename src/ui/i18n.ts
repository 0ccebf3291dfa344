import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLang, LANGS, type Lang } from '../engine/languages';
import { useSettingsStore } from '../store/settings-store';
import type catalogue from '../../locales/en/catalogue.json';
import type common from '../../locales/en/common.json';
import type debrief from '../../locales/en/debrief.json';
import type player from '../../locales/en/player.json';
import type progress from '../../locales/en/progress.json';
import type rules from '../../locales/en/rules.json';
import type settings from '../../locales/en/settings.json';
import type tips from '../../locales/en/tips.json';

/*
 * Every locales/<lang>/<namespace>.json is picked up by a glob, so a new namespace needs no registration.
 * Each language comes in its own chunk (src/ui/locale-bundles/<lang>.ts), fetched when it is used:
 * the first download carries no strings. Keys are typed against the English files.
 */

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
  }
  interface ResourceNamespaceMap {
    common: typeof common;
    catalogue: typeof catalogue;
    progress: typeof progress;
    settings: typeof settings;
    player: typeof player;
    debrief: typeof debrief;
    rules: typeof rules;
    tips: typeof tips;
  }
}

type Bundle = Record<string, object>;

const bundles: Record<Lang, () => Promise<{ default: Bundle }>> = {
  et: () => import('./locale-bundles/et'),
  en: () => import('./locale-bundles/en'),
  pl: () => import('./locale-bundles/pl'),
};

/** The namespaces that exist, from the file names alone (no content is loaded for this). */
export const namespaces = [
  ...new Set(Object.keys(import.meta.glob('../../locales/*/*.json')).map((path) => namespaceOf(path))),
].filter((ns): ns is string => ns !== undefined);

function namespaceOf(path: string): string | undefined {
  return /\/([^/]+)\.json$/.exec(path)?.[1];
}

/** locales/<lang>/<namespace>.json → { <namespace>: content } */
function byNamespace(bundle: Bundle): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [path, content] of Object.entries(bundle)) {
    const ns = namespaceOf(path);
    if (ns) out[ns] = content;
  }
  return out;
}

const loading = new Map<Lang, Promise<Record<string, object>>>();

function loadLanguage(lang: Lang): Promise<Record<string, object>> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = bundles[lang]().then((module) => byNamespace(module.default));
    // A failed download may be retried (e.g. after the connection comes back).
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

const chunkBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    if (!isLang(language)) {
      callback(null, {});
      return;
    }
    loadLanguage(language).then(
      (resources) => callback(null, (resources[namespace] ?? {}) as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Resolves once the UI language (and English, the fallback) can be shown. */
export const i18nReady: Promise<unknown> = i18n
  .use(chunkBackend)
  .use(initReactI18next)
  .init({
    lng: useSettingsStore.getState().uiLang,
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

function applyDocumentLang(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

i18n.on('languageChanged', applyDocumentLang);
void i18nReady.then(() => applyDocumentLang(i18n.language));

// The settings store is the one place the UI language is chosen; i18next follows it (loading it first).
useSettingsStore.subscribe((state, previous) => {
  if (state.uiLang !== previous.uiLang) void i18n.changeLanguage(state.uiLang);
});

export default i18n;
