import { act, cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n, { i18nReady } from '../../src/ui/i18n';
import App from '../../src/ui/App';
import type { Lang } from '../../src/engine/languages';
import { useCatalogueFilters } from '../../src/ui/catalogue/catalogue-filters';
import { useProgressStore } from '../../src/store/progress-store';
import { useSessionStore } from '../../src/store/session-store';
import { useSettingsStore } from '../../src/store/settings-store';
import { useStorageHealth } from '../../src/store/safe-storage';

/*
 * Shared by the component tests of the shell, catalogue, progress and settings: a clean start
 * (empty storage, stores back to their defaults, English unless a test says otherwise) and the app
 * rendered at a route, as a user opening a link would see it.
 */

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(() => cleanup());

export async function freshStart(lang: Lang = 'en'): Promise<void> {
  await i18nReady;
  localStorage.clear();
  useProgressStore.setState({ attempts: [] });
  useSessionStore.setState({ sessions: {} });
  useSettingsStore.getState().reset();
  useSettingsStore.getState().setUiLang(lang);
  useCatalogueFilters.getState().clear();
  useStorageHealth.setState({ resets: [], quotaFull: [], unavailable: false });
  localStorage.clear();
  await i18n.changeLanguage(lang);
}

export function renderApp(hash = '#/') {
  window.location.hash = hash;
  return render(<App />);
}

/** Goes to another route the way a link does, and lets React catch up. */
export async function goTo(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** Captures what the app hands the browser as a download: the file name and its text. */
export function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let counter = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${counter++}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickAnchor(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) files.push({ name: this.download, text: blob.text() });
    else click.call(this);
  };
  return {
    files,
    restore() {
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
