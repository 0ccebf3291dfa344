import type { AnalysedText, Token } from './analyse';
import { matchesAlternative, PhraseSet, TOKEN_SPAN, type Alternative, type Slot } from './pattern';

interface Target {
  set: number;
  pattern: number;
  alt: Alternative;
  /** The pattern's second word, if any, and how many words may stand before it. */
  second: Slot | undefined;
}

/**
 * Patterns that share a first word ("you", "ei", "nie" start hundreds), sub-indexed by their second word,
 * so a common first word only yields the patterns whose second word also stands near it.
 */
class Group {
  /** Single-word patterns, and those whose second word is a prefix or a number: checked one by one. */
  readonly direct: Target[] = [];
  readonly bySecond = new Map<string, Target[]>();
  widest = 0;

  add(target: Target): void {
    const second = target.second;
    if (!second || second.alternatives.some((a) => a.prefix || a.number)) {
      this.direct.push(target);
      return;
    }
    this.widest = Math.max(this.widest, second.gap);
    for (const alt of second.alternatives) {
      const list = this.bySecond.get(alt.text);
      if (list) list.push(target);
      else this.bySecond.set(alt.text, [target]);
    }
  }
}

function groupFor(map: Map<string, Group>, key: string): Group {
  let group = map.get(key);
  if (!group) {
    group = new Group();
    map.set(key, group);
  }
  return group;
}

/**
 * One index over every phrase set of a language pack. Asking each set in turn costs a look-up per pattern, and a
 * pack has some eighty sets and nearly two thousand first words; this walks the reply once instead, looks up each
 * word (and its first letters), checks the pattern's second word in the words that follow, and hands every set
 * its candidate starts. The matches are exactly each set's own findAll (a property test checks it).
 */
export class PhraseIndex {
  private readonly sets: PhraseSet[];
  private readonly exact = new Map<string, Group>();
  /** Prefix first words by the length of their key (0–3 letters) and that key; each key's prefixes kept apart. */
  private readonly prefixes: Array<Map<string, Map<string, Group>>> = [new Map(), new Map(), new Map(), new Map()];
  private readonly numbers = new Group();
  /** The groups each word starts, remembered across replies: most words of a reply were seen in earlier ones. */
  private readonly groupsByWord = new Map<string, readonly Group[]>();

  constructor(sets: readonly PhraseSet[]) {
    this.sets = [...new Set(sets)];
    this.sets.forEach((phraseSet, set) => {
      phraseSet.primedBy(this, set);
      for (const { pattern, alt } of phraseSet.firstWords()) {
        const target: Target = { set, pattern, alt, second: phraseSet.patterns[pattern]?.slots[1] };
        if (alt.number) this.numbers.add(target);
        else if (!alt.prefix) groupFor(this.exact, alt.text).add(target);
        else {
          const length = Math.min(3, alt.text.length);
          const byKey = this.prefixes[length] as Map<string, Map<string, Group>>;
          let byPrefix = byKey.get(alt.text.slice(0, length));
          if (!byPrefix) {
            byPrefix = new Map();
            byKey.set(alt.text.slice(0, length), byPrefix);
          }
          groupFor(byPrefix, alt.text).add(target);
        }
      }
    });
  }

  /**
   * Finds the candidate starts of every set for this reply at once and leaves them in the reply's memo; a set's
   * findAll turns its own into matches when a rule first asks, so sets no rule of this scenario reads cost nothing.
   */
  prime(reply: AnalysedText): void {
    // Candidate starts per set, allocated only for the few sets a reply touches.
    const hits: Array<number[] | undefined> = new Array(this.sets.length);
    const { tokens } = reply;
    for (let i = 0; i < tokens.length; i++) {
      for (const group of this.groupsOf((tokens[i] as Token).norm)) collect(group, tokens, i, hits);
    }
    reply.memo.set(this, hits);
  }

  /** The exact, prefix and number groups a word may start, looked up once per distinct word. */
  private groupsOf(word: string): readonly Group[] {
    const known = this.groupsByWord.get(word);
    if (known) return known;
    const groups: Group[] = [];
    const exact = this.exact.get(word);
    if (exact) groups.push(exact);
    for (let length = 0; length <= 3 && length <= word.length; length++) {
      const byPrefix = (this.prefixes[length] as Map<string, Map<string, Group>>).get(word.slice(0, length));
      if (byPrefix) for (const [prefix, group] of byPrefix) if (word.startsWith(prefix)) groups.push(group);
    }
    if (this.numbers.direct.length + this.numbers.bySecond.size > 0 && matchesAlternative(word, NUMBER_ALT)) groups.push(this.numbers);
    // Bounded, so a stream of distinct words (a bulk run, a hostile input) cannot grow it without end.
    if (word.length <= MAX_REMEMBERED_WORD) {
      if (this.groupsByWord.size >= MAX_REMEMBERED_WORDS) this.groupsByWord.clear();
      this.groupsByWord.set(word, groups);
    }
    return groups;
  }
}

const MAX_REMEMBERED_WORDS = 50_000;
const MAX_REMEMBERED_WORD = 40;
const NUMBER_ALT: Alternative = { text: '', prefix: false, number: true, key: '' };

/** Candidate starts at token i for a group: its direct patterns, and those whose second word follows in reach. */
function collect(group: Group, tokens: readonly Token[], i: number, hits: Array<number[] | undefined>): void {
  for (const t of group.direct) add(hits, t, i);
  if (group.bySecond.size === 0) return;
  const sentence = (tokens[i] as Token).sentence;
  for (let d = 0; d <= group.widest; d++) {
    const next = tokens[i + 1 + d];
    if (!next || next.sentence !== sentence) break;
    const targets = group.bySecond.get(next.norm);
    if (!targets) continue;
    for (const t of targets) if ((t.second as Slot).gap >= d) add(hits, t, i);
  }
}

function add(hits: Array<number[] | undefined>, t: Target, token: number): void {
  const list = hits[t.set];
  if (list) list.push(t.pattern * TOKEN_SPAN + token);
  else hits[t.set] = [t.pattern * TOKEN_SPAN + token];
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
