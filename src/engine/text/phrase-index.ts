import type { AnalysedText } from './analyse';
import { matchesAlternative, PhraseSet, TOKEN_SPAN, type Alternative } from './pattern';

interface Target {
  set: number;
  pattern: number;
  alt: Alternative;
}

function add(map: Map<string, Target[]>, key: string, target: Target): void {
  const list = map.get(key);
  if (list) list.push(target);
  else map.set(key, [target]);
}

/**
 * One index over every phrase set of a language pack. Asking each set in turn costs a look-up per pattern, and a
 * pack has some seventy sets and hundreds of patterns; this walks the reply once instead, looking up each word's
 * first letters, and hands every set its candidate starts. The matches are the same as each set's own findAll.
 */
export class PhraseIndex {
  private readonly sets: PhraseSet[];
  private readonly exact = new Map<string, Target[]>();
  /** Prefix patterns by the length of their text's key (1, 2 or 3 letters) and that key. */
  private readonly prefixes: Array<Map<string, Target[]>> = [new Map(), new Map(), new Map(), new Map()];
  private readonly numbers: Target[] = [];

  constructor(sets: readonly PhraseSet[]) {
    this.sets = [...new Set(sets)];
    this.sets.forEach((phraseSet, set) => {
      for (const { pattern, alt } of phraseSet.firstWords()) {
        const target = { set, pattern, alt };
        if (alt.number) this.numbers.push(target);
        else if (!alt.prefix) add(this.exact, alt.text, target);
        else {
          const length = Math.min(3, alt.text.length);
          add(this.prefixes[length] as Map<string, Target[]>, alt.text.slice(0, length), target);
        }
      }
    });
  }

  /** Finds the matches of every set for this reply at once; each set's findAll then answers from memory. */
  prime(reply: AnalysedText): void {
    const hits: number[][] = this.sets.map(() => []);
    const push = (targets: Target[] | undefined, word: string, index: number, prefix: boolean) => {
      if (!targets) return;
      for (const t of targets) {
        if (!prefix || word.startsWith(t.alt.text)) (hits[t.set] as number[]).push(t.pattern * TOKEN_SPAN + index);
      }
    };
    for (const token of reply.tokens) {
      const word = token.norm;
      push(this.exact.get(word), word, token.index, false);
      for (let length = 0; length <= 3 && length <= word.length; length++) {
        const map = this.prefixes[length] as Map<string, Target[]>;
        if (map.size > 0) push(map.get(word.slice(0, length)), word, token.index, true);
      }
      for (const t of this.numbers) if (matchesAlternative(word, t.alt)) (hits[t.set] as number[]).push(t.pattern * TOKEN_SPAN + token.index);
    }
    this.sets.forEach((set, i) => set.resolve(reply, Float64Array.from(hits[i] as number[])));
  }
}

/** Every PhraseSet inside a pack object, found once by walking it. */
export function collectPhraseSets(root: unknown): PhraseSet[] {
  const found: PhraseSet[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof PhraseSet) found.push(value);
    else if (!(value instanceof Set) && !(value instanceof Map)) for (const v of Object.values(value)) walk(v);
  };
  walk(root);
  return found;
}
