import { LANGS } from '../engine/languages';
import { RULE_IDS, VERDICTS } from '../engine/rule-ids';
import type { Attempt } from './attempt';
import { arrayOf, isoDate, number, objectOf, oneOf, string, type Check } from './shape-check';

/*
 * The shape of saved attempts, both in the browser's storage and in an exported progress file,
 * and the file format itself: a trainee moves progress between browsers, a trainer collects files.
 * Checked by hand-written shape checks rather than a schema library, so the catalogue's first
 * download stays small.
 */

const evidence = objectOf({ start: number({ min: 0, integer: true }), end: number({ min: 0, integer: true }), text: string() });

const ruleResult = objectOf({
  id: oneOf(RULE_IDS),
  verdict: oneOf(VERDICTS),
  evidence: arrayOf(evidence),
  tip: string(),
});

const report = objectOf({
  lang: oneOf(LANGS),
  score: number({ min: 0, max: 100 }),
  rules: arrayOf(ruleResult),
});

const attempt: Check = objectOf({
  id: string({ nonEmpty: true }),
  scenarioId: string({ nonEmpty: true }),
  scenarioVersion: number({ min: 1, integer: true }),
  lang: oneOf(LANGS),
  mode: oneOf(['coach', 'exam']),
  startedAt: isoDate(),
  finishedAt: isoDate(),
  score: number({ min: 0, max: 100 }),
  endingId: string({ nonEmpty: true }),
  outcome: oneOf(['resolved', 'escalated', 'lost']),
  replies: arrayOf(objectOf({ turnId: string({ nonEmpty: true }), text: string(), report })),
});

const attempts = arrayOf(attempt);

export const PROGRESS_FILE_FORMAT = 'complaint-coach-progress';
export const PROGRESS_FILE_VERSION = 1;

const progressFile = objectOf({
  format: oneOf([PROGRESS_FILE_FORMAT]),
  version: oneOf([PROGRESS_FILE_VERSION]),
  exportedAt: isoDate(),
  attempts,
});

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: typeof PROGRESS_FILE_VERSION;
  exportedAt: string;
  attempts: Attempt[];
}

export function toProgressFile(list: readonly Attempt[], now = new Date()): string {
  const file: ProgressFile = {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_FILE_VERSION,
    exportedAt: now.toISOString(),
    attempts: [...list],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** e.g. complaint-coach-progress-2025-03-14.json, in the user's local date. */
export function progressFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${PROGRESS_FILE_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Why a file was refused; the UI words it, `path` and `expected` fill the message. */
export type ProgressFileProblem =
  | { kind: 'not-json' }
  | { kind: 'not-progress-file' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; path: string; expected: string };

export type ProgressFileResult = { ok: true; attempts: Attempt[] } | { ok: false; problem: ProgressFileProblem };

/** Reads a progress file as a whole: one bad attempt refuses the file, so an import is all or nothing. */
export function parseProgressFile(text: string): ProgressFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FILE_FORMAT) {
    return { ok: false, problem: { kind: 'not-progress-file' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_FILE_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version } };
  }
  const problem = progressFile(data, '');
  if (problem) return { ok: false, problem: { kind: 'invalid', ...problem } };
  return { ok: true, attempts: (data as ProgressFile).attempts };
}

/** Checks attempts read back from storage; null when any of them is not an attempt. */
export function readAttempts(value: unknown): Attempt[] | null {
  return attempts(value, '') === null ? (value as Attempt[]) : null;
}
