import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXPECTED_ERRORS, FIXTURES_DIR, VALID_FIXTURE } from './fixture-errors';

/** Runs `npm run validate` as an author would, minus npm's own chatter. */
function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr.split('\n').filter(Boolean), stdout: run.stdout.trim() };
}

describe('npm run validate', () => {
  it('prints every error of every broken fixture, a summary, and exits 1', () => {
    const run = validate(FIXTURES_DIR, 'tests/fixtures/scenarios/no-such-file.json');
    const expected = Object.keys(EXPECTED_ERRORS)
      .sort()
      .flatMap((name) => EXPECTED_ERRORS[name] ?? []);
    expect(run.stderr).toEqual([
      'tests/fixtures/scenarios/no-such-file.json: (file): no such file or folder',
      ...expected,
    ]);
    const broken = Object.keys(EXPECTED_ERRORS).length;
    // Read: the broken fixtures and the valid one; with errors: the broken ones and the missing file.
    expect(run.stdout).toBe(`${broken + 1} scenarios, ${expected.length + 1} errors in ${broken + 1} files`);
    expect(run.status).toBe(1);
  });

  it('prints only the summary and exits 0 when every file is fine', () => {
    const run = validate(VALID_FIXTURE);
    expect(run).toEqual({ status: 0, stderr: [], stdout: '1 scenario, 0 errors' });
  });
});
