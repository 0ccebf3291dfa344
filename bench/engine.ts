/*
 * npm run bench:engine
 * Median and p95 microseconds per reply for 300-, 1,000- and 10,000-character replies in each language, throughput,
 * and the time for 100,000-character adversarial inputs (a budget check, not a test: it prints, it does not fail).
 */
import { LANGS, type Lang } from '../src/engine/languages';
import { scoreReply } from '../src/engine/score-reply';
import { readScenarioDir } from '../src/cli/read-scenarios';
import type { Scenario } from '../src/scenario/schema';

const { scenarios } = readScenarioDir('scenarios');
const scenario = scenarios.find((s) => s.id === 'cleaning-rude-trainee') ?? scenarios[0];
if (!scenario) throw new Error('no scenarios found in scenarios/');

// Realistic material: each language's model answers and openings, repeated to the wanted length.
function material(lang: Lang): string {
  const parts: string[] = [];
  for (const s of scenarios) {
    for (const turn of s.conversation.turns) {
      if (turn.modelAnswer?.[lang]) parts.push(turn.modelAnswer[lang] as string);
      for (const line of turn.lines) if (line.text[lang]) parts.push(line.text[lang] as string);
    }
  }
  return parts.join('\n\n');
}

function ofLength(source: string, length: number): string {
  let text = source;
  while (text.length < length) text += `\n\n${source}`;
  return text.slice(0, length);
}

function time(fn: () => void, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return samples.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;

function bench(text: string, lang: Lang, target: Scenario, runs: number) {
  const run = () => void scoreReply(text, { scenario: target, lang });
  time(run, Math.min(200, runs)); // warm-up
  const samples = time(run, runs);
  return { median: pct(samples, 0.5), p95: pct(samples, 0.95) };
}

console.log(`scenario: ${scenario.id}, all ${Object.keys(scenario.rules).length} of its rules\n`);
console.log('| lang | chars  | median µs | p95 µs | replies/s |');
console.log('|------|--------|-----------|--------|-----------|');
for (const lang of LANGS) {
  const source = material(lang);
  for (const length of [300, 1000, 10000]) {
    const runs = length >= 10000 ? 300 : 2000;
    const { median, p95 } = bench(ofLength(source, length), lang, scenario, runs);
    console.log(`| ${lang}   | ${String(length).padStart(6)} | ${median.toFixed(0).padStart(9)} | ${p95.toFixed(0).padStart(6)} | ${Math.round(1e6 / median).toString().padStart(9)} |`);
  }
}

const adversarial: Record<string, string> = {
  'one letter': 'a'.repeat(100_000),
  '"!"': '!'.repeat(100_000),
  'spaces': ' '.repeat(100_000),
  'capitals': 'VABANDAME '.repeat(10_000),
  'nested quotes': '"\'«„'.repeat(25_000),
  '"!" then a letter': `${'!'.repeat(99_999)}a`,
  'one-word sentences': 'Tere. '.repeat(16_667),
  'digits and colons': '12:'.repeat(33_334),
};
console.log('\n| 100,000-character adversarial input | first run, ms | worst of 3 after it, ms |');
console.log('|--------------------------------------|---------------|-------------------------|');
for (const [name, text] of Object.entries(adversarial)) {
  const run = () => time(() => void scoreReply(text, { scenario, lang: 'et' }), 1)[0] as number;
  // The first run includes compiling the code paths this input takes; the budget is about the steady cost.
  const first = run();
  const worst = Math.max(run(), run(), run());
  console.log(`| ${name.padEnd(36)} | ${(first / 1000).toFixed(1).padStart(13)} | ${(worst / 1000).toFixed(1).padStart(23)} |`);
}
