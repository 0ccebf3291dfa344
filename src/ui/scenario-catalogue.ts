import { loadScenarios, type ScenarioFile } from '../scenario/load';
import type { ScenarioError } from '../scenario/errors';
import type { Scenario } from '../scenario/schema';

/*
 * The scenarios shipped with the app, read once at start-up. Each file is checked on its own,
 * so a broken one is left out (and reported on the catalogue) while the others still work.
 */

// The JSON Schema beside the scenarios (for editors) is kept out of the bundle, and filtered again below.
const raw = import.meta.glob<string>(['../../scenarios/*.json', '!../../scenarios/*.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The JSON Schema that sits beside the scenarios for editors is not a scenario. */
export function scenarioFiles(modules: Record<string, string>): ScenarioFile[] {
  return Object.entries(modules)
    .filter(([path]) => !path.endsWith('.schema.json'))
    .map(([path, text]) => ({ fileName: `scenarios/${path.split('/').pop() ?? path}`, raw: text }));
}

export const scenarioCatalogue: { scenarios: Scenario[]; errors: ScenarioError[] } = loadScenarios(scenarioFiles(raw));

const byId = new Map(scenarioCatalogue.scenarios.map((scenario) => [scenario.id, scenario]));

export function findScenario(id: string): Scenario | undefined {
  return byId.get(id);
}
