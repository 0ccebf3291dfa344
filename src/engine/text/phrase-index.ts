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
  /** By the second word's number in the index (see PhraseIndex.wordId): a small-integer key is the cheapest look-up. */
  readonly bySecond = new Map<number, Target[]>();
  widest = 0;

  constructor(private readonly wordId: (word: string) => number) {}

  add(target: Target): void {
    const second = target.second;
    if (!second || second.alternatives.some((a) => a.prefix || a.number)) {
      this.direct.push(target);
      return;
    }
    this.widest = Math.max(this.widest, second.gap);
    for (const alt of second.alternatives) {
      const id = this.wordId(alt.text);
      const list = this.bySecond.get(id);
      if (list) list.push(target);
      else this.bySecond.set(id, [target]);
    }
  }
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
  /** Every word that stands second in some pattern, numbered from 0; other words are −1. */
  private readonly wordIds = new Map<string, number>();
  private readonly wordId = (word: string): number => {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(word, id);
    }
    return id;
  };
  private readonly numbers = new Group(this.wordId);
  /** What each word starts and its second-word number, remembered across replies: most words were seen before. */
  private readonly wordsSeen = new Map<string, WordInfo>();

  private groupFor(map: Map<string, Group>, key: string): Group {
    let group = map.get(key);
    if (!group) {
      group = new Group(this.wordId);
      map.set(key, group);
    }
    return group;
  }

  constructor(sets: readonly PhraseSet[]) {
    this.sets = [...new Set(sets)];
    this.sets.forEach((phraseSet, set) => {
      phraseSet.primedBy(this, set);
      for (const { pattern, alt } of phraseSet.firstWords()) {
        const target: Target = { set, pattern, alt, second: phraseSet.patterns[pattern]?.slots[1] };
        if (alt.number) this.numbers.add(target);
        else if (!alt.prefix) this.groupFor(this.exact, alt.text).add(target);
        else {
          const length = Math.min(3, alt.text.length);
          const byKey = this.prefixes[length] as Map<string, Map<string, Group>>;
          let byPrefix = byKey.get(alt.text.slice(0, length));
          if (!byPrefix) {
            byPrefix = new Map();
            byKey.set(alt.text.slice(0, length), byPrefix);
          }
          this.groupFor(byPrefix, alt.text).add(target);
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
    const infos = tokens.map((t) => this.infoOf(t.norm));
    for (let i = 0; i < tokens.length; i++) {
      for (const group of (infos[i] as WordInfo).groups) collect(group, tokens, infos, i, hits);
    }
    reply.memo.set(this, hits);
  }

  /** The exact, prefix and number groups a word may start, and its second-word number; once per distinct word. */
  private infoOf(word: string): WordInfo {
    const known = this.wordsSeen.get(word);
    if (known) return known;
    const groups: Group[] = [];
    const exact = this.exact.get(word);
    if (exact) groups.push(exact);
    for (let length = 0; length <= 3 && length <= word.length; length++) {
      const byPrefix = (this.prefixes[length] as Map<string, Map<string, Group>>).get(word.slice(0, length));
      if (byPrefix) for (const [prefix, group] of byPrefix) if (word.startsWith(prefix)) groups.push(group);
    }
    if (this.numbers.direct.length + this.numbers.bySecond.size > 0 && matchesAlternative(word, NUMBER_ALT)) groups.push(this.numbers);
    const info = { groups, id: this.wordIds.get(word) ?? -1 };
    // Bounded, so a stream of distinct words (a bulk run, a hostile input) cannot grow it without end.
    if (word.length <= MAX_REMEMBERED_WORD) {
      if (this.wordsSeen.size >= MAX_REMEMBERED_WORDS) this.wordsSeen.clear();
      this.wordsSeen.set(word, info);
    }
    return info;
  }
}

interface WordInfo {
  groups: readonly Group[];
  id: number;
}

const MAX_REMEMBERED_WORDS = 50_000;
const MAX_REMEMBERED_WORD = 40;
const NUMBER_ALT: Alternative = { text: '', prefix: false, number: true, key: '' };

/** Candidate starts at token i for a group: its direct patterns, and those whose second word follows in reach. */
function collect(group: Group, tokens: readonly Token[], infos: readonly WordInfo[], i: number, hits: Array<number[] | undefined>): void {
  for (const t of group.direct) add(hits, t, i);
  if (group.bySecond.size === 0) return;
  const sentence = (tokens[i] as Token).sentence;
  for (let d = 0; d <= group.widest; d++) {
    const next = tokens[i + 1 + d];
    if (!next || next.sentence !== sentence) break;
    const id = (infos[i + 1 + d] as WordInfo).id;
    if (id < 0) continue;
    const targets = group.bySecond.get(id);
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
