import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './progress-fixtures';

const SETTINGS = 'complaint-coach.settings';
let storage: MemoryStorage;

function browserPrefers(...languages: string[]) {
  vi.stubGlobal('navigator', { languages, language: languages[0] });
}

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function loadSettings() {
  return (await import('../../src/store/settings-store')).useSettingsStore;
}

describe('detectBrowserLang', () => {
  it('picks the first preferred language the app has, by primary subtag', async () => {
    const { detectBrowserLang } = await import('../../src/store/settings-store');
    expect(detectBrowserLang(['et-EE', 'en-US'])).toBe('et');
    expect(detectBrowserLang(['de-DE', 'pl', 'et'])).toBe('pl');
    expect(detectBrowserLang(['EN-gb'])).toBe('en');
  });

  it('falls back to English when the browser prefers none of ours', async () => {
    const { detectBrowserLang } = await import('../../src/store/settings-store');
    expect(detectBrowserLang(['de', 'fr'])).toBe('en');
    expect(detectBrowserLang([])).toBe('en');
  });
});

describe('useSettingsStore', () => {
  it('starts in Estonian when the browser prefers Estonian', async () => {
    browserPrefers('et-EE', 'en');
    const settings = await loadSettings();
    expect(settings.getState()).toMatchObject({
      uiLang: 'et',
      contentLang: 'auto',
      defaultMode: 'coach',
      textSize: 'normal',
    });
  });

  it('keeps following the browser language until the user picks one', async () => {
    browserPrefers('pl-PL');
    let settings = await loadSettings();
    settings.getState().setTextSize('large');
    expect(JSON.parse(storage.getItem(SETTINGS) ?? '{}').state).not.toHaveProperty('uiLang');

    vi.resetModules();
    browserPrefers('et');
    settings = await loadSettings();
    expect(settings.getState()).toMatchObject({ uiLang: 'et', textSize: 'large' });
  });

  it('remembers the language the user picked across reloads', async () => {
    browserPrefers('et');
    let settings = await loadSettings();
    settings.getState().setUiLang('pl');

    vi.resetModules();
    settings = await loadSettings();
    expect(settings.getState()).toMatchObject({ uiLang: 'pl', uiLangChosen: true });
  });

  it('restores every saved setting', async () => {
    storage.setItem(
      SETTINGS,
      JSON.stringify({ state: { uiLang: 'en', contentLang: 'et', defaultMode: 'exam', textSize: 'larger' }, version: 1 }),
    );
    const settings = await loadSettings();
    expect(settings.getState()).toMatchObject({ uiLang: 'en', contentLang: 'et', defaultMode: 'exam', textSize: 'larger' });
  });

  it('drops a saved value it does not know and keeps the others', async () => {
    storage.setItem(SETTINGS, JSON.stringify({ state: { defaultMode: 'exam', textSize: 'enormous' }, version: 1 }));
    const settings = await loadSettings();
    expect(settings.getState()).toMatchObject({ defaultMode: 'exam', textSize: 'normal' });
  });

  it('goes back to the defaults and the browser language on reset', async () => {
    browserPrefers('et');
    const settings = await loadSettings();
    settings.getState().setUiLang('en');
    settings.getState().setDefaultMode('exam');
    settings.getState().setContentLang('pl');

    settings.getState().reset();

    expect(settings.getState()).toMatchObject({
      uiLang: 'et',
      uiLangChosen: false,
      contentLang: 'auto',
      defaultMode: 'coach',
      textSize: 'normal',
    });
  });
});
