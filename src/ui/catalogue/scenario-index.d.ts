/** Built by scripts/vite-scenario-index.ts from scenarios/*.json. */
declare module 'virtual:scenario-index' {
  import type { ScenarioError } from '../../scenario/errors';
  import type { ScenarioSummary } from './scenario-summary';

  const index: { scenarios: ScenarioSummary[]; errors: ScenarioError[] };
  export default index;
}
