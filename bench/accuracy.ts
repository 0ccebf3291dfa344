/*
 * npm run bench:accuracy [-- --errors] [-- --lang et] [-- --rule apologise]
 * Prints, per language, each rule's agreement with the labelled corpus, with precision, recall and F1 of the
 * verdict the rule exists to detect (met for required behaviours, violated for prohibitions).
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { LANGS } from '../src/engine/languages';
import { RULE_IDS } from '../src/engine/rule-ids';
import { readScenarioDir } from '../src/cli/read-scenarios';
import { f1, measureAgreement, precision, readCorpus, recall, ratio, type RuleStats } from './agreement';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean' },
    lang: { type: 'string' },
    rule: { type: 'string' },
    corpus: { type: 'string', default: 'tests/corpus' },
  },
});

const { scenarios } = readScenarioDir('scenarios');
const byId = new Map(scenarios.map((s) => [s.id, s]));
const fmt = (x: number) => x.toFixed(2);
const row = (name: string, s: RuleStats) =>
  `| ${name.padEnd(17)} | ${String(s.n).padStart(4)} | ${fmt(ratio(s.agree, s.n))} | ${fmt(precision(s))} | ${fmt(recall(s))} | ${fmt(f1(s))} |`;

let worst = 1;
for (const lang of LANGS) {
  if (values.lang && values.lang !== lang) continue;
  const file = `${values.corpus}/${lang}.jsonl`;
  if (!existsSync(file)) continue;
  const items = readCorpus(file);
  const result = measureAgreement(items, byId);
  console.log(`\n## ${lang} — ${items.length} replies\n`);
  console.log('| rule              |    n | agree | prec | rec  |  F1  |');
  console.log('|-------------------|------|-------|------|------|------|');
  for (const id of RULE_IDS) {
    const stats = result.rules.get(id);
    if (!stats) continue;
    worst = Math.min(worst, ratio(stats.agree, stats.n));
    console.log(row(id, stats).replace(/\| (\d\.\d\d) \|/, '|  $1 |'));
  }
  console.log(row('overall', result.total).replace(/\| (\d\.\d\d) \|/, '|  $1 |'));
  if (values.errors) {
    for (const m of result.mismatches) {
      if (values.rule && m.rule !== values.rule) continue;
      console.log(`\n${m.item.id} [${m.item.scenario}] ${m.rule}: expected ${m.expected}, got ${m.got}` +
        (m.evidence.length ? ` (${m.evidence.map((e) => `"${e}"`).join(', ')})` : '') + (m.item.note ? `\n  note: ${m.item.note}` : ''));
      console.log(`  ${m.item.text.replace(/\n/g, ' ⏎ ')}`);
    }
  }
}
console.log(`\nlowest rule agreement: ${fmt(worst)}`);
