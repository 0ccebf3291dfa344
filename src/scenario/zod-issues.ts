import { z } from 'zod';
import { LANGS } from '../engine/languages';
import { RULE_IDS } from '../engine/rule-ids';
import { closest, describeValue, formatPath, type ScenarioError } from './errors';

/*
 * Zod's own messages ("Invalid input: expected record, received undefined") are written for
 * programmers. This error map rewrites them as "expected …" lines a content author can act on; it
 * runs while parsing because only then is the failing schema at hand (to list the allowed fields).
 */

type RawIssue = z.core.$ZodRawIssue;

const list = (values: readonly unknown[]) => values.map(String).join(', ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sameSet(a: readonly unknown[], b: readonly string[]): boolean {
  return a.length === b.length && b.every((v) => a.includes(v));
}

/** What the keys of a record stand for, when they come from one of our fixed vocabularies. */
function keyKind(schema: unknown): 'language' | 'rule' | undefined {
  if (!(schema instanceof z.ZodRecord)) return undefined;
  const keys = schema.keyType;
  if (!(keys instanceof z.ZodEnum)) return undefined;
  if (sameSet(keys.options, LANGS)) return 'language';
  if (sameSet(keys.options, RULE_IDS)) return 'rule';
  return undefined;
}

function expectedType(expected: string, schema: unknown): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'record': {
      const kind = keyKind(schema);
      if (kind === 'rule') return 'an object keyed by rule id';
      if (kind !== 'language' || !(schema instanceof z.ZodRecord)) return 'an object';
      if (schema.valueType instanceof z.ZodString) return 'an object of texts by language';
      if (schema.valueType instanceof z.ZodArray) return 'an object of text lists by language';
      return 'an object by language';
    }
    default:
      return expected === 'object' ? 'an object' : expected;
  }
}

/** The names allowed where an unknown one was found. */
function allowedKeys(schema: unknown): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum) return schema.keyType.options.map(String);
  return [];
}

/** One message per unknown key; toScenarioErrors puts the key itself into the path. */
function unknownKey(key: string, schema: unknown): string {
  const allowed = allowedKeys(schema);
  const guess = closest(key, allowed);
  const what = `unknown ${keyKind(schema) ?? 'field'}`;
  if (guess) return `${what} (did you mean "${guess}"?)`;
  return allowed.length > 0 ? `${what} (expected one of ${list(allowed)})` : what;
}

function bound(issue: { origin?: string; inclusive?: boolean }, limit: number | bigint, atLeast: boolean): string {
  const n = Number(limit);
  if (issue.origin === 'string') {
    if (atLeast && n === 1) return 'expected non-empty text';
    return `expected ${atLeast ? 'at least' : 'at most'} ${plural(n, 'character')}`;
  }
  if (issue.origin === 'array') return `expected ${atLeast ? 'at least' : 'at most'} ${plural(n, 'item')}`;
  const word = issue.inclusive === false ? (atLeast ? 'more than' : 'less than') : atLeast ? 'at least' : 'at most';
  return `expected ${word} ${n}`;
}

const found = (input: unknown) => ` (found ${describeValue(input)})`;

const authorMessages: z.core.$ZodErrorMap = (issue: RawIssue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedType(issue.expected, issue.inst);
      return issue.input === undefined ? `missing (expected ${expected})` : `expected ${expected}${found(issue.input)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${describeValue(issue.values[0])}${found(issue.input)}`
        : `expected one of ${list(issue.values)}${found(issue.input)}`;
    case 'unrecognized_keys':
      // Zod reports all unknown keys of an object at once; the messages travel joined by a newline.
      return issue.keys.map((key) => unknownKey(key, issue.inst)).join('\n');
    case 'too_small':
      return bound(issue, issue.minimum, true) + (issue.origin === 'number' ? found(issue.input) : '');
    case 'too_big':
      return bound(issue, issue.maximum, false) + (issue.origin === 'number' ? found(issue.input) : '');
    case 'invalid_format':
      // Only the name of the format: toScenarioErrors frames it, also for the schema's own wording.
      return issue.pattern ? `text matching ${issue.pattern}` : `a valid ${issue.format}`;
    case 'invalid_key': {
      const inner = issue.issues[0];
      return `not allowed as a name: expected ${inner?.message ?? 'a valid name'}`;
    }
    default:
      return undefined;
  }
};

function toScenarioErrors(file: string, issue: z.core.$ZodIssue): ScenarioError[] {
  if (issue.code === 'unrecognized_keys') {
    const messages = issue.message.split('\n');
    return issue.keys.map((key, i) => ({
      file,
      path: formatPath([...issue.path, key]),
      message: messages[i] ?? issue.message,
    }));
  }
  const message = issue.code === 'invalid_format' ? `expected ${issue.message}${found(issue.input)}` : issue.message;
  return [{ file, path: formatPath(issue.path), message }];
}

/** Parses against the schema; on failure, every issue as an author-readable error. */
export function parseWithSchema<T extends z.ZodType>(
  schema: T,
  file: string,
  data: unknown,
): { ok: true; value: z.output<T> } | { ok: false; errors: ScenarioError[] } {
  const result = schema.safeParse(data, { error: authorMessages, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => toScenarioErrors(file, issue)) };
}
