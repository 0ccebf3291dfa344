/** One problem in one scenario file, as a content author will read it. */
export interface ScenarioError {
  /** The file as the caller named it, e.g. "scenarios/cleaning-no-show.json". */
  file: string;
  /** Where in the file, e.g. "conversation.turns[2].next[0].to"; FILE_LEVEL for the file as a whole. */
  path: string;
  message: string;
}

/** The path of problems that belong to no single field: unreadable files, bad JSON. */
export const FILE_LEVEL = '(file)';

/** Exactly one line: `file: path: message`. */
export function formatError(e: ScenarioError): string {
  return `${e.file}: ${e.path}: ${e.message}`;
}

/**
 * A JS-like path: `conversation.turns[2].next[0].to`. Keys made of letters, digits, "_" and "-" stay
 * dotted (so `rules.no-blame`, which reads better to an author than `rules["no-blame"]`); others are quoted.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return FILE_LEVEL;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, quoted rendering of a value the author wrote, for "(found …)". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return String(value);
}

/** The candidate a misspelt name most likely meant: at most two edits away, and closer than any other. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  // Short ids ("t9") are too alike to guess between; longer names get one slip, long ones two.
  let bestDistance = word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Edits to turn a into b: insert, delete, replace, or swap two neighbours ("thnak" → "thank" is one). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
