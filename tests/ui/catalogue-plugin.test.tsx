import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioIndex } from '../../scripts/vite-scenario-index';

const ROOT = join(__dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'scenario-index-'));
copyFileSync(join(ROOT, 'scenarios/cleaning-no-show.json'), join(folder, 'cleaning-no-show.json'));
copyFileSync(join(ROOT, 'scenarios/scenario.schema.json'), join(folder, 'scenario.schema.json'));
writeFileSync(join(folder, 'broken.json'), '{ "id": "broken",\n  "version": 1,\n}');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function buildIndex() {
  const plugin = scenarioIndex(folder) as Plugin & {
    configResolved: (config: { root: string }) => void;
    resolveId: (id: string) => string | undefined;
    load: (this: unknown, id: string) => Promise<string | undefined>;
  };
  plugin.configResolved({ root: ROOT });
  const id = plugin.resolveId('virtual:scenario-index');
  const watched: string[] = [];
  const code = await plugin.load.call({ addWatchFile: (file: string) => watched.push(file) }, id ?? '');
  const json = /^export default (.*);$/s.exec(code ?? '')?.[1] ?? 'null';
  return { index: JSON.parse(json), watched };
}

describe('the build-time scenario index', () => {
  it('keeps the good scenarios as card summaries and lists the broken files with the loader messages', async () => {
    const { index } = await buildIndex();
    expect(index.scenarios.map((s: { id: string }) => s.id)).toEqual(['cleaning-no-show']);
    expect(index.scenarios[0]).toMatchObject({ channel: 'email', title: { en: 'The cleaner who never came' } });
    expect(index.scenarios[0]).not.toHaveProperty('conversation');
    expect(index.errors).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/broken\.json$/), message: expect.stringContaining('not valid JSON') }),
    ]);
  });

  it('skips the JSON Schema that sits beside the scenarios and watches every scenario file', async () => {
    const { index, watched } = await buildIndex();
    expect(JSON.stringify(index)).not.toContain('scenario.schema');
    expect(watched.map((file) => file.split(/[\\/]/).pop()).sort()).toEqual(['broken.json', 'cleaning-no-show.json']);
  });
});
