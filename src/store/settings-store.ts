import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isLang, type Lang } from '../engine/languages';
import type { Mode } from './attempt';
import { safePersist } from './safe-storage';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const MODES = ['coach', 'exam'] as const satisfies readonly Mode[];
/** 'auto': a scenario is shown in the UI language when it has it, else in its first language. */
export type ContentLang = 'auto' | Lang;

export interface Settings {
  uiLang: Lang;
  /** False while uiLang only follows the browser; the browser's choice is never written down. */
  uiLangChosen: boolean;
  contentLang: ContentLang;
  defaultMode: Mode;
  textSize: TextSize;
}

interface SettingsState extends Settings {
  setUiLang(lang: Lang): void;
  setContentLang(lang: ContentLang): void;
  setDefaultMode(mode: Mode): void;
  setTextSize(size: TextSize): void;
  /** Back to the defaults, the UI language following the browser again. */
  reset(): void;
}

type PersistedSettings = Partial<Settings>;

export const SETTINGS_STORE_NAME = 'complaint-coach.settings';
export const SETTINGS_STORE_VERSION = 1;

/** The first of the browser's preferred languages that we have, by primary subtag ("et-EE" → et); else English. */
export function detectBrowserLang(preferred: readonly string[] = browserLanguages()): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

function browserLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

export function defaultSettings(): Settings {
  return { uiLang: detectBrowserLang(), uiLangChosen: false, contentLang: 'auto', defaultMode: 'coach', textSize: 'normal' };
}

/** Keeps each stored setting that is valid; anything else in the object is not settings data. */
export function readSettings(state: unknown): PersistedSettings | null {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
  const raw = state as Record<string, unknown>;
  const settings: PersistedSettings = {};
  if (isLang(raw.uiLang)) {
    settings.uiLang = raw.uiLang;
    settings.uiLangChosen = true;
  }
  if (raw.contentLang === 'auto' || isLang(raw.contentLang)) settings.contentLang = raw.contentLang;
  if (raw.defaultMode === 'coach' || raw.defaultMode === 'exam') settings.defaultMode = raw.defaultMode;
  if ((TEXT_SIZES as readonly unknown[]).includes(raw.textSize)) settings.textSize = raw.textSize as TextSize;
  const known = ['uiLang', 'contentLang', 'defaultMode', 'textSize'];
  const looksLikeSettings = Object.keys(raw).every((key) => known.includes(key));
  return looksLikeSettings ? settings : null;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...defaultSettings(),
      setUiLang: (uiLang) => set({ uiLang, uiLangChosen: true }),
      setContentLang: (contentLang) => set({ contentLang }),
      setDefaultMode: (defaultMode) => set({ defaultMode }),
      setTextSize: (textSize) => set({ textSize }),
      reset: () => set(defaultSettings()),
    }),
    safePersist<SettingsState, PersistedSettings>({
      name: SETTINGS_STORE_NAME,
      label: 'settings',
      version: SETTINGS_STORE_VERSION,
      // The UI language is stored only once the user picked it, so until then it follows the browser.
      partialize: ({ uiLang, uiLangChosen, contentLang, defaultMode, textSize }) => ({
        ...(uiLangChosen ? { uiLang } : {}),
        contentLang,
        defaultMode,
        textSize,
      }),
      read: readSettings,
    }),
  ),
);

