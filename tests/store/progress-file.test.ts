import { describe, expect, it } from 'vitest';
import { parseProgressFile, progressFileName, toProgressFile } from '../../src/store/progress-file';
import { anAttempt } from './progress-fixtures';

function fileWith(attempts: unknown[], overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: 'complaint-coach-progress',
    version: 1,
    exportedAt: '2025-03-14T12:00:00.000Z',
    attempts,
    ...overrides,
  });
}

describe('progress files', () => {
  it('reads back exactly the attempts it exported', () => {
    const attempts = [anAttempt({ id: 'a1' }), anAttempt({ id: 'a2', mode: 'exam', score: 91 })];
    expect(parseProgressFile(toProgressFile(attempts))).toEqual({ ok: true, attempts });
  });

  it('names the file after the local date of the export', () => {
    expect(progressFileName(new Date(2025, 2, 4, 23, 30))).toBe('complaint-coach-progress-2025-03-04.json');
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseProgressFile(`\uFEFF${fileWith([])}`)).toEqual({ ok: true, attempts: [] });
  });

  it('refuses text that is not JSON', () => {
    expect(parseProgressFile('attempts: 3')).toEqual({ ok: false, problem: { kind: 'not-json' } });
  });

  it('refuses JSON that is not a progress file', () => {
    expect(parseProgressFile('{"id": "cleaning-no-show", "version": 1}')).toEqual({
      ok: false,
      problem: { kind: 'not-progress-file' },
    });
    expect(parseProgressFile('[]')).toEqual({ ok: false, problem: { kind: 'not-progress-file' } });
  });

  it('refuses a file from a newer version of the app', () => {
    expect(parseProgressFile(fileWith([], { version: 3 }))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 3 },
    });
  });

  it('names the field and what it should hold when an attempt is malformed', () => {
    const broken = { ...anAttempt(), score: 'high' };
    expect(parseProgressFile(fileWith([anAttempt(), broken]))).toEqual({
      ok: false,
      problem: { kind: 'invalid', path: 'attempts[1].score', expected: 'number' },
    });
  });

  it('names the allowed values when a field holds an unknown one', () => {
    const broken = { ...anAttempt(), mode: 'practice' };
    expect(parseProgressFile(fileWith([broken]))).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', path: 'attempts[0].mode', expected: '"coach" | "exam"' },
    });
  });

  it('refuses an attempt with an unknown rule id deep in a reply', () => {
    const attempt = anAttempt();
    const replies = [{ ...attempt.replies[0], report: { lang: 'et', score: 50, rules: [{ id: 'be-nice', verdict: 'met', evidence: [], tip: '' }] } }];
    const result = parseProgressFile(fileWith([{ ...attempt, replies }]));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid', path: 'attempts[0].replies[0].report.rules[0].id' } });
  });
});
