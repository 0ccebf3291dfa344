import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLang } from '../engine/languages';
import { scoreReply } from '../engine/score-reply';
import type { Report } from '../engine/report';
import type { Scenario } from '../scenario/schema';
import { formatError } from '../scenario/load';
import { formatTable } from './format-table';
import { readScenarioDir } from './read-scenarios';

const USAGE = `Scores trainee replies against the complaint-handling rules.

  npm run --silent score -- --jsonl < replies.jsonl
      one {"id","scenario","lang","text"} per line in, one report per line out, in input order
  npm run --silent score -- --scenario ID --lang LANG [--turn TURN] [--format json|table] < reply.txt
      one reply on stdin, its report as pretty JSON or a table

Options:
  --scenarios DIR   where the scenario files are (default: scenarios)
  --help            this text`;

function fail(message: string): never {
  process.stderr.write(`score: ${message}\n\nRun with --help for usage.\n`);
  process.exit(2);
}

/** The report as the CLI contract gives it: tips are for the app, not for tools. */
function toOutput(id: unknown, scenario: string, lang: string, report: Report) {
  return {
    ...(id !== undefined ? { id } : {}),
    scenario,
    lang,
    score: report.score,
    rules: report.rules.map((r) => ({ id: r.id, verdict: r.verdict, evidence: r.evidence })),
  };
}

type Resolved = { ok: true; scenario: Scenario; lang: 'et' | 'en' | 'pl' } | { ok: false; error: string };

function resolve(byId: Map<string, Scenario>, scenarioId: unknown, lang: unknown): Resolved {
  if (typeof scenarioId !== 'string' || scenarioId === '') return { ok: false, error: 'missing "scenario"' };
  const scenario = byId.get(scenarioId);
  if (!scenario) return { ok: false, error: `unknown scenario "${scenarioId}"` };
  if (typeof lang !== 'string' || lang === '') return { ok: false, error: 'missing "lang"' };
  if (!isLang(lang) || !scenario.languages.includes(lang)) {
    return { ok: false, error: `scenario "${scenarioId}" has no "${lang}" version (it has ${scenario.languages.join(', ')})` };
  }
  return { ok: true, scenario, lang };
}

async function scoreJsonl(byId: Map<string, Scenario>): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (e) {
      failed++;
      out({ line: lineNo, error: `not JSON: ${(e as Error).message}` });
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      failed++;
      out({ line: lineNo, error: 'expected a JSON object with "scenario", "lang" and "text"' });
      continue;
    }
    const { id, scenario: scenarioId, lang, text } = item as Record<string, unknown>;
    const withId = id !== undefined ? { id } : {};
    const resolved = resolve(byId, scenarioId, lang);
    if (!resolved.ok) {
      failed++;
      out({ ...withId, line: lineNo, error: resolved.error });
      continue;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      failed++;
      out({ ...withId, line: lineNo, error: typeof text === 'string' ? '"text" is empty' : 'missing "text"' });
      continue;
    }
    const report = scoreReply(text, { scenario: resolved.scenario, lang: resolved.lang });
    out(toOutput(id, resolved.scenario.id, resolved.lang, report));
  }
  return failed > 0 ? 1 : 0;
}

function scoreOne(byId: Map<string, Scenario>, scenarioId: string, lang: string, turn: string | undefined, format: string): number {
  const resolved = resolve(byId, scenarioId, lang);
  if (!resolved.ok) fail(resolved.error);
  if (turn !== undefined && !resolved.scenario.conversation.turns.some((t) => t.id === turn)) {
    fail(`scenario "${scenarioId}" has no turn "${turn}"`);
  }
  const text = readFileSync(0, 'utf8');
  if (text.trim() === '') fail('no reply on standard input');
  const report = scoreReply(text, { scenario: resolved.scenario, lang: resolved.lang, turn });
  if (format === 'table') {
    process.stdout.write(`${formatTable(report, `${resolved.scenario.id} (${resolved.lang})`)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify({ scenario: resolved.scenario.id, ...report }, null, 2)}\n`);
  }
  return 0;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        jsonl: { type: 'boolean' },
        scenario: { type: 'string' },
        lang: { type: 'string' },
        turn: { type: 'string' },
        format: { type: 'string', default: 'json' },
        scenarios: { type: 'string', default: 'scenarios' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'table') fail(`--format must be json or table, not "${values.format}"`);

  let loaded;
  try {
    loaded = readScenarioDir(values.scenarios);
  } catch (e) {
    fail(`cannot read scenarios from "${values.scenarios}": ${(e as Error).message}`);
  }
  for (const error of loaded.errors) process.stderr.write(`warning: ${formatError(error)}\n`);
  const byId = new Map(loaded.scenarios.map((s) => [s.id, s]));

  if (values.jsonl) return scoreJsonl(byId);
  if (values.scenario === undefined || values.lang === undefined) fail('give --jsonl, or --scenario ID and --lang LANG');
  return scoreOne(byId, values.scenario, values.lang, values.turn, values.format);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`score: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
