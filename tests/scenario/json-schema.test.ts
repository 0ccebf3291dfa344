import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema';

describe('scenarios/scenario.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/scenario/schema.ts)', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the files as written, so fields with defaults are optional', () => {
    const schema = scenarioJsonSchema() as { title: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.title).toBe('Complaint-handling training scenario');
    expect(schema.required).toContain('conversation');
    expect(schema.required).not.toContain('$schema');
    expect(schema.properties).toHaveProperty('$schema');
  });
});
