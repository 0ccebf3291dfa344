import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/engine/languages';
import { VERDICTS, ruleKind, type RuleId } from '../../src/engine/rule-ids';
import { readScenarioDir } from '../../src/cli/read-scenarios';
import { measureAgreement, ratio, readCorpus } from '../../bench/agreement';

/*
 * Keeps the labelled corpus honest and guards the engine's agreement with it. The floors in baseline.json are
 * the figures the engine reached (a regression guard); the target, 0.90 on unseen replies, is checked by
 * `npm run bench:accuracy` and on a separately written held-out set.
 */
const { scenarios } = readScenarioDir('scenarios');
const byId = new Map(scenarios.map((s) => [s.id, s]));
const baseline = JSON.parse(readFileSync('tests/corpus/baseline.json', 'utf8')) as Record<string, Record<string, number>>;

describe.each(LANGS)('the %s corpus', (lang) => {
  const file = `tests/corpus/${lang}.jsonl`;
  const items = existsSync(file) ? readCorpus(file) : [];

  it('has replies', () => {
    expect(items.length).toBeGreaterThanOrEqual(lang === 'et' ? 70 : lang === 'en' ? 50 : 30);
  });

  it('has unique ids, known scenarios and its own language on every line', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(byId.has(item.scenario), `${item.id}: scenario ${item.scenario}`).toBe(true);
      expect(item.lang, item.id).toBe(lang);
      expect(item.text.trim().length, item.id).toBeGreaterThan(0);
    }
  });

  it('labels exactly the rules each scenario scores, with verdicts the rule can have', () => {
    for (const item of items) {
      const scenario = byId.get(item.scenario);
      if (!scenario) continue;
      expect(Object.keys(item.labels).sort(), item.id).toEqual(Object.keys(scenario.rules).sort());
      for (const [rule, verdict] of Object.entries(item.labels)) {
        expect(VERDICTS, `${item.id} ${rule}`).toContain(verdict);
        if (ruleKind(rule as RuleId) === 'prohibition') expect(verdict, `${item.id} ${rule}`).not.toBe('missed');
        if (ruleKind(rule as RuleId) === 'required' && rule !== 'apologise') expect(verdict, `${item.id} ${rule}`).not.toBe('violated');
      }
    }
  });

  it('agrees with the engine at least as well as it did when the floors were set', () => {
    const { rules } = measureAgreement(items, byId);
    for (const [rule, floor] of Object.entries(baseline[lang] ?? {})) {
      const stats = rules.get(rule as RuleId);
      expect(stats, rule).toBeDefined();
      if (stats) expect(ratio(stats.agree, stats.n), `${lang} ${rule}`).toBeGreaterThanOrEqual(floor);
    }
  });
});
