import i18n, { i18nReady } from '../../src/ui/i18n';
import type { Report, RuleResult } from '../../src/engine/report';
import { RULE_IDS, ruleKind, type RuleId } from '../../src/engine/rule-ids';
import type { ScoreOptions } from '../../src/engine/score-reply';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema';
import type { Attempt } from '../../src/store/attempt';

/*
 * Shared by the player, checklist and debrief tests: small scenarios in each channel, a scorer whose verdicts
 * the tests can predict exactly, and hand-made reports and attempts.
 */

const all = (text: string) => ({ en: text, et: `${text} (et)`, pl: `${text} (pl)` });

/**
 * An email scenario of two customer turns: an apology calms the customer (→ "calmer"), no apology loses them;
 * any reply to "calmer" resolves it.
 */
export function emailScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    id: 'test-email',
    version: 1,
    languages: ['en', 'et', 'pl'],
    title: { en: 'The missing cleaner', et: 'Koristaja jäi tulemata', pl: 'Sprzątaczka nie przyszła' },
    summary: all('A cleaner did not come.'),
    channel: 'email',
    setting: 'cleaning',
    difficulty: 'easy',
    estimatedMinutes: 5,
    company: 'Särav Kodu OÜ',
    customer: { name: 'Eva Tamm', profile: ['polite'] },
    subject: { en: 'Cleaner did not come', et: 'Koristaja ei tulnud', pl: 'Sprzątaczka nie przyszła' },
    brief: all('The cleaner was ill and nobody told the customer.'),
    policy: { en: ['Cancel today’s invoice', 'Offer a new time'], et: ['Tühistage arve'], pl: ['Anuluj fakturę'] },
    rules: { apologise: 3, thank: 2, 'stay-calm': 2 },
    ruleData: {},
    conversation: {
      start: 'opening',
      turns: [
        {
          id: 'opening',
          mood: -2,
          lines: [{ text: { en: 'Nobody came today.', et: 'Täna ei tulnud keegi.', pl: 'Dziś nikt nie przyszedł.' } }],
          modelAnswer: all('We are sorry the cleaner did not come. Thank you for telling us.'),
          next: [{ when: { verdicts: { apologise: ['met'] } }, to: 'calmer' }, { to: 'lost' }],
        },
        {
          id: 'calmer',
          mood: 0,
          lines: [{ text: all('All right. When can someone come?') }],
          next: [{ to: 'resolved' }],
        },
      ],
      endings: [
        { id: 'resolved', outcome: 'resolved', mood: 2, message: all('Thank you, that works for me.') },
        { id: 'lost', outcome: 'lost', mood: -2, message: all('I will take my business elsewhere.') },
      ],
    },
    ...overrides,
  });
}

/** The same conversation on another channel; face to face adds a companion who speaks first. */
export function scenarioOn(channel: Scenario['channel']): Scenario {
  const base = emailScenario();
  if (channel !== 'face-to-face') return { ...base, id: `test-${channel}`, channel, setting: 'other' };
  const [opening, ...rest] = base.conversation.turns;
  return {
    ...base,
    id: 'test-face-to-face',
    channel,
    setting: 'hotel',
    customer: { name: 'Mart Saar', profile: ['disability'], companion: { name: 'Liis', role: all('companion') } },
    conversation: {
      ...base.conversation,
      turns: [
        {
          ...opening!,
          lines: [
            { speaker: 'companion', text: all('The lift is out of order.') },
            { speaker: 'customer', text: all('I chose this hotel for its access.') },
          ],
        },
        ...rest,
      ],
    },
  };
}

function find(text: string, pattern: RegExp): RuleResult['evidence'] {
  const match = pattern.exec(text);
  return match ? [{ start: match.index, end: match.index + match[0].length, text: match[0] }] : [];
}

/** Text on which the stand-in engine throws, to see the player survive it. */
export const ENGINE_FAILURE = '<engine failure>';

/**
 * A stand-in for the engine with verdicts a test can predict: "sorry" apologises, "thank" thanks,
 * "!!" or "calm down" breaks stay-calm; the score is the share of required rules met, 25 off per violation.
 */
export function fakeScore(text: string, { scenario, lang, turn }: ScoreOptions): Report {
  if (text.includes(ENGINE_FAILURE)) throw new Error('engine failure');
  const skip = new Set(scenario.conversation.turns.find((t) => t.id === (turn ?? scenario.conversation.start))?.skipRules);
  const ids = (Object.keys(scenario.rules) as RuleId[]).filter((id) => !skip.has(id));
  const rules = ids.map((id): RuleResult => {
    const evidence =
      id === 'apologise'
        ? find(text, /sorry/i)
        : id === 'thank'
          ? find(text, /thank you|thanks/i)
          : id === 'stay-calm'
            ? find(text, /!!+|calm down/i)
            : [];
    const verdict = ruleKind(id) === 'prohibition' ? (evidence.length ? 'violated' : 'met') : evidence.length ? 'met' : 'missed';
    return { id, verdict, evidence: ruleKind(id) === 'prohibition' && verdict === 'met' ? [] : evidence, tip: `${id}.${verdict}` };
  });
  const required = rules.filter((r) => ruleKind(r.id) === 'required');
  const met = required.filter((r) => r.verdict === 'met').length;
  const violated = rules.filter((r) => r.verdict === 'violated').length;
  const score = Math.max(0, Math.round((100 * met) / Math.max(1, required.length)) - 25 * violated);
  return { lang, score, rules };
}

/** A report made by hand, for exact verdicts and evidence. */
export function aReport(score: number, rules: RuleResult[], lang: Report['lang'] = 'en'): Report {
  return { lang, score, rules };
}

export function anAttemptOf(scenario: Scenario, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 'attempt-1',
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    lang: 'en',
    mode: 'coach',
    startedAt: '2025-03-14T10:00:00.000Z',
    finishedAt: '2025-03-14T10:06:00.000Z',
    score: 67,
    endingId: 'resolved',
    outcome: 'resolved',
    replies: [],
    ...overrides,
  };
}

/**
 * Waits for the strings (each language loads on demand), then fills in English rule names and tips the engine's
 * authors have not written yet; their own texts win. Tests read names through ruleName() so they hold either way.
 */
export async function ensureRuleTexts(): Promise<void> {
  await i18nReady;
  const names = Object.fromEntries(
    RULE_IDS.map((id) => [id, { name: `Rule ${id}`, summary: `What ${id} asks for` }]),
  );
  const tips = Object.fromEntries(
    RULE_IDS.map((id) => [id, { met: `Tip: ${id} met`, missed: `Tip: ${id} missed`, violated: `Tip: ${id} violated` }]),
  );
  i18n.addResourceBundle('en', 'rules', names, true, false);
  i18n.addResourceBundle('en', 'tips', tips, true, false);
}

export const ruleName = (id: RuleId) => i18n.t(`rules:${id}.name` as never) as string;
export const tipText = (key: string) => i18n.t(`tips:${key}` as never) as string;
