import { z } from 'zod';
import { scenarioSchema } from './schema';

/**
 * The JSON Schema editors use to complete and check scenario files as they are written
 * ("$schema": "./scenario.schema.json"). It describes the input, so fields with defaults are optional.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input' });
  return {
    $schema,
    title: 'Complaint-handling training scenario',
    description:
      'One scenario: the customer, the complaint in every language, the rules scored and the conversation. ' +
      'Generated from src/scenario/schema.ts by `npm run schema`; `npm run validate` makes the checks a schema cannot ' +
      '(ids match, every turn reachable, every language complete).',
    ...rest,
  };
}

/** The file's exact text, as written by `npm run schema` and compared by the tests. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
