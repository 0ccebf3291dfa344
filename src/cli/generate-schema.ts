import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../scenario/json-schema';

// Regenerates the JSON Schema after a change to src/scenario/schema.ts; a test fails while it is stale.
const target = 'scenarios/scenario.schema.json';
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
