/*
 * Small structural checks for data we read back (storage, imported files). Each check returns the
 * first problem as { path, expected } in the data's own terms ("attempts[3].score", "number"), or
 * null when the value fits. Objects may carry extra keys: a newer file adding a field still reads.
 */

export interface ShapeProblem {
  path: string;
  expected: string;
}

export type Check = (value: unknown, path: string) => ShapeProblem | null;

const problem = (path: string, expected: string): ShapeProblem => ({ path, expected });

export function string(options: { nonEmpty?: boolean } = {}): Check {
  return (value, path) => {
    if (typeof value !== 'string') return problem(path, 'string');
    if (options.nonEmpty && value.length === 0) return problem(path, 'length ≥ 1');
    return null;
  };
}

export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Check {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return problem(path, 'number');
    if (options.integer && !Number.isInteger(value)) return problem(path, 'int');
    if (options.min !== undefined && value < options.min) return problem(path, `≥ ${options.min}`);
    if (options.max !== undefined && value > options.max) return problem(path, `≤ ${options.max}`);
    return null;
  };
}

export function oneOf(values: readonly (string | number)[]): Check {
  return (value, path) =>
    values.includes(value as string | number) ? null : problem(path, values.map((v) => JSON.stringify(v)).join(' | '));
}

export function isoDate(): Check {
  return (value, path) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : problem(path, 'ISO 8601'));
}

export function arrayOf(item: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return problem(path, 'array');
    for (let index = 0; index < value.length; index++) {
      const found = item(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  };
}

export function objectOf(shape: Record<string, Check>): Check {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem(path, 'object');
    for (const [key, check] of Object.entries(shape)) {
      const found = check((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  };
}
