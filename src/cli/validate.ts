import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FILE_LEVEL, formatError, type ScenarioError } from '../scenario/errors';
import { loadScenarios, type ScenarioFile } from '../scenario/load';

/*
 * npm run validate [file-or-folder…]: checks every scenario file (default: scenarios/, folders
 * searched recursively), prints one line per problem and a summary, and exits 1 on any problem.
 */

/** Relative to where the author ran the command, with "/" on every system. */
const shown = (file: string) => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/') || '.';

/** Scenario files under a folder; the generated JSON Schema sits beside them and is not one. */
function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return scenarioFiles(full);
      return entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json') ? [full] : [];
    });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function main(args: readonly string[]): number {
  const targets = args.length > 0 ? args : ['scenarios'];
  const files: ScenarioFile[] = [];
  const problems: ScenarioError[] = [];
  const fileProblem = (file: string, message: string) => problems.push({ file: shown(file), path: FILE_LEVEL, message });

  for (const target of targets) {
    if (!existsSync(target)) {
      fileProblem(target, 'no such file or folder');
      continue;
    }
    const found = statSync(target).isDirectory() ? scenarioFiles(target) : [target];
    if (found.length === 0) fileProblem(target, 'no scenario files (*.json) in this folder');
    for (const file of found) {
      try {
        files.push({ fileName: shown(file), raw: readFileSync(file, 'utf8') });
      } catch (e) {
        fileProblem(file, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  const { errors } = loadScenarios(files);
  problems.push(...errors);
  for (const problem of problems) console.error(formatError(problem));
  const broken = new Set(problems.map((p) => p.file)).size;
  const summary = `${plural(files.length, 'scenario')}, ${plural(problems.length, 'error')}`;
  console.log(problems.length === 0 ? summary : `${summary} in ${plural(broken, 'file')}`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
