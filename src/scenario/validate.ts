import type { Lang } from '../engine/languages';
import { ruleKind, type RuleId, type Verdict } from '../engine/rule-ids';
import { bestPath, turnRules } from './conversation';
import { closest, formatPath, type ScenarioError } from './errors';
import type { Condition, Scenario, Turn } from './schema';

/*
 * The checks the schema cannot make because they look at the file as a whole. Every check runs and
 * reports on its own, so an author sees all the problems of a file at once, but a check stays quiet
 * about what another has already reported (no "never ends" for a turn whose target is unknown).
 */

type Path = readonly PropertyKey[];
type Add = (path: Path, message: string) => void;
type ByLang = Partial<Record<Lang, unknown>>;

/** The problems in a scenario that already matches the schema; empty when it is fine. */
export function validateScenario(scenario: Scenario, file: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const add: Add = (path, message) => errors.push({ file, path: formatPath(path), message });
  checkId(scenario, file, add);
  checkLanguages(scenario, add);
  checkRules(scenario, add);
  checkIds(scenario, add);
  checkTurns(scenario, add);
  checkGraph(scenario, add);
  checkBestPath(scenario, add);
  return errors;
}

const turnPath = (s: Scenario, turn: Turn): Path => ['conversation', 'turns', s.conversation.turns.indexOf(turn)];

function checkId(s: Scenario, file: string, add: Add): void {
  const expected = (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '');
  if (s.id !== expected) add(['id'], `expected "${expected}", the file's name (found "${s.id}")`);
}

function checkLanguages(s: Scenario, add: Add): void {
  s.languages.forEach((lang, i) => {
    if (s.languages.indexOf(lang) !== i) add(['languages', i], `"${lang}" is listed twice`);
  });
  const listed = (lang: string) => (s.languages as readonly string[]).includes(lang);
  const everyLanguage = (path: Path, value: ByLang) => {
    for (const lang of s.languages) {
      if (value[lang] === undefined) add([...path, lang], 'missing (every language listed in languages needs it)');
    }
    onlyListed(path, value);
  };
  const onlyListed = (path: Path, value: ByLang) => {
    for (const lang of Object.keys(value)) {
      if (!listed(lang)) add([...path, lang], `"${lang}" is not listed in languages (add it there or remove this)`);
    }
  };

  everyLanguage(['title'], s.title);
  everyLanguage(['summary'], s.summary);
  if (s.customer.companion) everyLanguage(['customer', 'companion', 'role'], s.customer.companion.role);
  if (s.subject) everyLanguage(['subject'], s.subject);
  else if (s.channel === 'email') add(['subject'], 'missing (an email needs a subject line)');
  everyLanguage(['brief'], s.brief);
  everyLanguage(['policy'], s.policy);
  everyLanguage(['ruleData'], s.ruleData);
  s.conversation.turns.forEach((turn, i) => {
    const at = ['conversation', 'turns', i];
    turn.lines.forEach((line, j) => everyLanguage([...at, 'lines', j, 'text'], line.text));
    if (turn.keyFacts) onlyListed([...at, 'keyFacts'], turn.keyFacts);
    if (turn.modelAnswer) everyLanguage([...at, 'modelAnswer'], turn.modelAnswer);
  });
  s.conversation.endings.forEach((e, k) => everyLanguage(['conversation', 'endings', k, 'message'], e.message));
}

function checkRules(s: Scenario, add: Add): void {
  if (Object.keys(s.rules).length === 0) add(['rules'], 'expected at least one rule to score');
  if (s.rules.listen === undefined) return;
  // The engine judges "listen" by the complaint's facts: each language needs some, here or on the turns.
  for (const lang of s.languages) {
    const data = s.ruleData[lang];
    if (!data || Object.keys(data.keyFacts).length > 0) continue;
    const bare = s.conversation.turns.filter(
      (t) => turnRules(s, t).includes('listen') && Object.keys(t.keyFacts?.[lang] ?? {}).length === 0,
    );
    if (bare.length > 0) {
      add(['ruleData', lang, 'keyFacts'], `empty, but "listen" is scored: list the complaint's key facts here`);
    }
  }
}

/** Turn and ending ids are unique together, and the conversation starts at a turn. */
function checkIds(s: Scenario, add: Add): void {
  const { turns, endings, start } = s.conversation;
  const firstUse = new Map<string, Path>();
  const useId = (id: string, path: Path) => {
    const first = firstUse.get(id);
    if (first) add([...path, 'id'], `duplicate id "${id}" (already used by ${formatPath(first)})`);
    else firstUse.set(id, path);
  };
  turns.forEach((t, i) => useId(t.id, ['conversation', 'turns', i]));
  endings.forEach((e, k) => useId(e.id, ['conversation', 'endings', k]));

  if (turns.some((t) => t.id === start)) return;
  add(
    ['conversation', 'start'],
    endings.some((e) => e.id === start)
      ? `"${start}" is an ending; the conversation must start with a turn`
      : `unknown turn "${start}"${didYouMean(start, firstUse.keys())}`,
  );
}

function didYouMean(id: string, known: Iterable<string>): string {
  const guess = closest(id, known);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

function checkTurns(s: Scenario, add: Add): void {
  const known = new Set([...s.conversation.turns, ...s.conversation.endings].map((step) => step.id));
  s.conversation.turns.forEach((turn, i) => {
    const at = ['conversation', 'turns', i];
    turn.lines.forEach((line, j) => {
      if (line.speaker === 'companion' && !s.customer.companion) {
        add([...at, 'lines', j, 'speaker'], '"companion" speaks, but customer.companion is not defined');
      }
    });
    turn.skipRules.forEach((id, j) => {
      if (!isScored(s, id)) add([...at, 'skipRules', j], `"${id}" is not scored in this scenario (it is not in rules)`);
    });
    turn.next.forEach((transition, j) => {
      if (!known.has(transition.to)) {
        add([...at, 'next', j, 'to'], `unknown turn or ending "${transition.to}"${didYouMean(transition.to, known)}`);
      }
      if (transition.when) checkCondition(s, turn, transition.when, [...at, 'next', j, 'when'], add);
    });

    const last = turn.next.length - 1;
    if (turn.next[last]?.when) {
      add(
        [...at, 'next', last],
        `turn "${turn.id}" has no fallback: its last transition must have no "when", so the conversation always goes on`,
      );
    }
    const firstFallback = turn.next.findIndex((t) => !t.when);
    if (firstFallback !== -1 && firstFallback < last) {
      add([...at, 'next', firstFallback], 'has no "when", so the transitions after it are never used');
    }
  });
}

const isScored = (s: Scenario, id: RuleId) => s.rules[id] !== undefined;

function possibleVerdicts(id: RuleId): Verdict[] {
  if (ruleKind(id) === 'prohibition') return ['met', 'violated'];
  return id === 'apologise' ? ['met', 'missed', 'violated'] : ['met', 'missed'];
}

/** Conditions that can never hold are mistakes: the transition they guard is dead. */
function checkCondition(s: Scenario, turn: Turn, when: Condition, at: Path, add: Add): void {
  if (when.minScore !== undefined && when.maxScore !== undefined && when.minScore > when.maxScore) {
    add(at, `minScore ${when.minScore} is above maxScore ${when.maxScore}, so this never holds`);
  }
  for (const [id, verdicts] of Object.entries(when.verdicts ?? {}) as [RuleId, Verdict[]][]) {
    const here = [...at, 'verdicts', id];
    if (!isScored(s, id)) {
      add(here, `"${id}" is not scored in this scenario (it is not in rules), so this never holds`);
    } else if (turn.skipRules.includes(id)) {
      add(here, `"${id}" is skipped on turn "${turn.id}", so this never holds`);
    } else {
      const possible = possibleVerdicts(id);
      verdicts.forEach((v, k) => {
        if (!possible.includes(v)) add([...here, k], `"${id}" is never "${v}": it is ${possible.join(' or ')}`);
      });
    }
  }
}

/** Every turn and ending is reached from the start, and every turn can reach an ending. */
function checkGraph(s: Scenario, add: Add): void {
  const { turns, endings, start } = s.conversation;
  const byId = new Map(turns.map((t) => [t.id, t]));
  const known = new Set([...byId.keys(), ...endings.map((e) => e.id)]);
  const targets = (t: Turn) => t.next.map((n) => n.to).filter((id) => known.has(id));

  // A misspelt target makes what it meant look unreachable: report the misspelling alone.
  const allTargetsKnown = turns.every((t) => t.next.every((n) => known.has(n.to)));
  if (byId.has(start) && allTargetsKnown) {
    const reached = new Set([start]);
    for (const id of reached) {
      // A Set iterates over what is added while iterating, so this walks the whole graph.
      const turn = byId.get(id);
      if (turn) for (const to of targets(turn)) reached.add(to);
    }
    const unreached = (kind: string, id: string) => `${kind} "${id}" can never be reached from the start turn "${start}"`;
    turns.forEach((t, i) => {
      if (!reached.has(t.id)) add(['conversation', 'turns', i], unreached('turn', t.id));
    });
    endings.forEach((e, k) => {
      if (!reached.has(e.id)) add(['conversation', 'endings', k], unreached('ending', e.id));
    });
  }

  const canEnd = new Set(endings.map((e) => e.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of turns) {
      if (canEnd.has(t.id) || !targets(t).some((to) => canEnd.has(to))) continue;
      canEnd.add(t.id);
      grew = true;
    }
  }
  turns.forEach((t, i) => {
    // A turn with an unknown target is already reported; saying it never ends would only repeat that.
    if (!canEnd.has(t.id) && t.next.every((n) => known.has(n.to))) {
      const message = `turn "${t.id}" never leads to an ending: every way on from it goes round in a loop`;
      add(['conversation', 'turns', i], message);
    }
  });
}

/** With a perfect reply on every turn, the trainee sees a model answer each time and a resolved ending. */
function checkBestPath(s: Scenario, add: Add): void {
  if (!s.conversation.turns.some((t) => t.id === s.conversation.start)) return;
  const path = bestPath(s);
  for (const turn of path.turns) {
    if (!turn.modelAnswer) {
      add(
        [...turnPath(s, turn), 'modelAnswer'],
        `missing: turn "${turn.id}" is on the best path (a perfect reply at every turn), so it needs a model answer`,
      );
    }
  }
  const { loopsAt, ending } = path;
  if (loopsAt) {
    add(turnPath(s, loopsAt), `with perfect replies the conversation comes back to turn "${loopsAt.id}" and never ends`);
  } else if (ending && ending.outcome !== 'resolved') {
    add(
      ['conversation', 'endings', s.conversation.endings.indexOf(ending), 'outcome'],
      `perfect replies end here, so expected "resolved" (found "${ending.outcome}")`,
    );
  }
}
