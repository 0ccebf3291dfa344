// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the virtual module's types must reach every program importing this file, the tests' included
/// <reference path="./scenario-index.d.ts" />
import index from 'virtual:scenario-index';
import type { ScenarioError } from '../../scenario/errors';
import type { ScenarioSummary } from './scenario-summary';

/*
 * The scenarios as the catalogue, the filters and the progress screen see them: checked at build time
 * (scripts/vite-scenario-index.ts), titles and tags only. The full scenarios, for playing, come with the
 * player's chunk from src/ui/scenario-catalogue.ts.
 */

export interface ScenarioIndex {
  scenarios: readonly ScenarioSummary[];
  /** Files left out, with the loader's messages. */
  errors: readonly ScenarioError[];
}

export const scenarioIndex: ScenarioIndex = index;

const byId = new Map(index.scenarios.map((scenario) => [scenario.id, scenario]));

export function findScenarioSummary(id: string): ScenarioSummary | undefined {
  return byId.get(id);
}
