import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TSX = 'node_modules/.bin/tsx';

function runScore(args: string[], input: string) {
  const result = spawnSync(TSX, ['src/cli/score.ts', ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const good = {
  id: 'r1',
  scenario: 'cleaning-no-show',
  lang: 'en',
  text: 'Hello Eva, thank you for letting us know. We are very sorry that the cleaner did not come today. We have cancelled the invoice.',
};

describe('score --jsonl', () => {
  const lines = [
    JSON.stringify(good),
    'this is not json',
    JSON.stringify({ id: 'r3', scenario: 'no-such-scenario', lang: 'en', text: 'Hi' }),
    JSON.stringify({ id: 'r4', scenario: 'cleaning-no-show', lang: 'de', text: 'Hallo' }),
    JSON.stringify({ id: 'r5', scenario: 'cleaning-no-show', lang: 'et' }),
    JSON.stringify({ ...good, id: 'r6', lang: 'et', text: 'Tere! Vabandame, et koristaja täna ei tulnud.' }),
  ];
  const { status, stdout } = runScore(['--jsonl'], lines.join('\n'));
  const out = stdout.trim().split('\n').map((l) => JSON.parse(l));

  it('answers every line in input order and exits 1 when a line failed', () => {
    expect(status).toBe(1);
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual(['r1', 'line 2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('gives a report with a score and one entry per scored rule for a good line', () => {
    expect(Object.keys(out[0])).toEqual(['id', 'scenario', 'lang', 'score', 'rules']);
    expect(out[0].rules.length).toBeGreaterThan(5);
    for (const rule of out[0].rules) expect(Object.keys(rule)).toEqual(['id', 'verdict', 'evidence']);
  });

  it('names what was wrong with each bad line', () => {
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('not JSON') });
    expect(out[2]).toEqual({ id: 'r3', line: 3, error: 'unknown scenario "no-such-scenario"' });
    expect(out[3]).toEqual({ id: 'r4', line: 4, error: 'scenario "cleaning-no-show" has no "de" version (it has et, en, pl)' });
    expect(out[4]).toEqual({ id: 'r5', line: 5, error: 'missing "text"' });
  });

  it('exits 0 when every line was scored', () => {
    expect(runScore(['--jsonl'], JSON.stringify(good)).status).toBe(0);
  });
});

describe('score --scenario', () => {
  it('prints one report as pretty JSON', () => {
    const { status, stdout } = runScore(['--scenario', 'cleaning-no-show', '--lang', 'en'], good.text);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ scenario: 'cleaning-no-show', lang: 'en' });
    expect(stdout).toContain('\n  "score"');
  });

  it('prints a readable table with --format table', () => {
    const { status, stdout } = runScore(['--scenario', 'cleaning-no-show', '--lang', 'en', '--format', 'table'], good.text);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^cleaning-no-show \(en\) — score \d+\/100/);
    expect(stdout).toMatch(/thank\s+✓ met\s+"thank"/i);
  });

  it('refuses an unknown scenario with a message and exit status 2', () => {
    const { status, stderr } = runScore(['--scenario', 'nope', '--lang', 'en'], 'Hi');
    expect(status).toBe(2);
    expect(stderr).toContain('unknown scenario "nope"');
  });
});
