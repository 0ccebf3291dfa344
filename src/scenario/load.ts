import { FILE_LEVEL, type ScenarioError } from './errors';
import { findJsonError } from './json-error';
import { scenarioSchema, type Scenario } from './schema';
import { validateScenario } from './validate';
import { parseWithSchema } from './zod-issues';

export { formatError, type ScenarioError } from './errors';

export interface ScenarioFile {
  /** As the errors should name it, e.g. "scenarios/cleaning-no-show.json"; its base name is the scenario's id. */
  fileName: string;
  raw: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

const fileError = (file: string, message: string): ParseResult => ({
  ok: false,
  errors: [{ file, path: FILE_LEVEL, message }],
});

function jsonProblem(text: string, thrown: unknown): string {
  const found = findJsonError(text);
  if (found) return `not valid JSON at line ${found.line}, column ${found.column}: ${found.message}`;
  return `not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
}

/** JSON syntax, then the schema, then the whole-file checks. Never throws. */
export function parseScenario(fileName: string, raw: string): ParseResult {
  try {
    // Some editors start UTF-8 files with a byte-order mark, which JSON.parse rejects.
    const text = raw.replace(/^\uFEFF/, '');
    if (text.trim() === '') return fileError(fileName, 'the file is empty (expected a scenario in JSON)');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return fileError(fileName, jsonProblem(text, e));
    }
    const parsed = parseWithSchema(scenarioSchema, fileName, data);
    if (!parsed.ok) return parsed;
    const errors = validateScenario(parsed.value, fileName);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: parsed.value };
  } catch (e) {
    return fileError(fileName, `could not be checked: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every file on its own, so one broken file hides none of the others. Errors come in file-name
 * order; the scenarios are sorted by id, and an id used by two files keeps only the first.
 */
export function loadScenarios(files: readonly ScenarioFile[]): { scenarios: Scenario[]; errors: ScenarioError[] } {
  const scenarios: Scenario[] = [];
  const errors: ScenarioError[] = [];
  const fileOf = new Map<string, string>();
  for (const { fileName, raw } of [...files].sort((a, b) => byName(a.fileName, b.fileName))) {
    const result = parseScenario(fileName, raw);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const id = result.scenario.id;
    const first = fileOf.get(id);
    if (first !== undefined) {
      errors.push({ file: fileName, path: 'id', message: `"${id}" is already the id of ${first}` });
      continue;
    }
    fileOf.set(id, fileName);
    scenarios.push(result.scenario);
  }
  return { scenarios: scenarios.sort((a, b) => byName(a.id, b.id)), errors };
}
