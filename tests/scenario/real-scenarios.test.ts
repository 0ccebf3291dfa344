import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError, loadScenarios } from '../../src/scenario/load';
import { errorLines, read } from './helpers';

const dir = 'scenarios';
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .sort();

describe('the scenario files in scenarios/', () => {
  it.each(names)('%s passes every check', (name) => {
    expect(errorLines(`${dir}/${name}`, read(`${dir}/${name}`))).toEqual([]);
  });

  it.each(names)('%s points editors at the JSON Schema', (name) => {
    expect((JSON.parse(read(`${dir}/${name}`)) as { $schema?: string }).$schema).toBe('./scenario.schema.json');
  });

  it('load together, each under its own id', () => {
    const { scenarios, errors } = loadScenarios(names.map((name) => ({ fileName: `${dir}/${name}`, raw: read(`${dir}/${name}`) })));
    expect(errors.map(formatError)).toEqual([]);
    expect(scenarios).toHaveLength(names.length);
  });
});
