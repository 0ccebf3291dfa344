import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenarios } from '../scenario/load';

/** Reads every scenario file of a folder through the same loader the app uses. */
export function readScenarioDir(dir: string) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { fileName: relative(process.cwd(), path) || path, raw: readFileSync(path, 'utf8') };
    });
  return loadScenarios(files);
}
