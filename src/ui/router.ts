import { useSyncExternalStore } from 'react';

/*
 * Hash routes, so that a link opens any screen on any static host with no server rewrites:
 * #/ · #/scenario/<id> · #/scenario/<id>/debrief/<attemptId> · #/progress · #/settings
 */

export type Route =
  | { name: 'catalogue' }
  | { name: 'scenario'; scenarioId: string }
  | { name: 'debrief'; scenarioId: string; attemptId: string }
  | { name: 'progress' }
  | { name: 'settings' }
  | { name: 'not-found'; hash: string };

export const hrefs = {
  catalogue: () => '#/',
  scenario: (scenarioId: string) => `#/scenario/${encodeURIComponent(scenarioId)}`,
  debrief: (scenarioId: string, attemptId: string) =>
    `#/scenario/${encodeURIComponent(scenarioId)}/debrief/${encodeURIComponent(attemptId)}`,
  progress: () => '#/progress',
  settings: () => '#/settings',
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/[?].*$/, '');
  const parts = path.split('/').filter(Boolean).map(decodePart);
  if (parts.some((part) => part === null)) return { name: 'not-found', hash };
  const [first, second, third, fourth, ...rest] = parts as string[];
  if (rest.length > 0) return { name: 'not-found', hash };
  if (first === undefined) return { name: 'catalogue' };
  if (first === 'progress' && second === undefined) return { name: 'progress' };
  if (first === 'settings' && second === undefined) return { name: 'settings' };
  if (first === 'scenario' && second !== undefined) {
    if (third === undefined) return { name: 'scenario', scenarioId: second };
    if (third === 'debrief' && fourth !== undefined) return { name: 'debrief', scenarioId: second, attemptId: fourth };
  }
  return { name: 'not-found', hash };
}

function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Goes to a screen, e.g. navigate(hrefs.progress()) or navigate('#/settings'). */
export function navigate(hash: string): void {
  const target = hash.startsWith('#') ? hash : `#${hash}`;
  if (window.location.hash === target) return;
  window.location.hash = target;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The current hash; components re-render when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash, () => '');
}
