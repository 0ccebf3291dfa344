import { z } from 'zod';
import { LANGS } from '../engine/languages';
import { RULE_IDS, VERDICTS } from '../engine/rule-ids';

/*
 * The single source of the scenario format. scenarios/scenario.schema.json is generated from it
 * (npm run schema) and a test keeps the two in sync. Checks that need the whole file (references
 * between turns, reachability, every language present) live in validate.ts.
 */

const lang = z.enum(LANGS);
const ruleId = z.enum(RULE_IDS);
const verdict = z.enum(VERDICTS);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id of letters, digits and hyphens');

/** One string per language; validate.ts checks that every language the scenario lists is present. */
export const localText = z.partialRecord(lang, z.string().min(1));
/** A list of strings per language. */
export const localList = z.partialRecord(lang, z.array(z.string().min(1)).min(1));

/**
 * A phrase pattern the engine looks for, matched case- and diacritic-insensitively on word
 * boundaries: words in order within one sentence, at most three other words between them;
 * a word ending in "*" matches any word that starts with it ("koristaja*" → koristajat, koristajale).
 */
const pattern = z
  .string()
  .min(1)
  .describe('A phrase pattern: words in order within a sentence (≤3 words between), "_" joins adjacent words, "|" alternatives, "*" prefix; case and diacritics ignored.');

/** Per-language data the rules need to judge replies to this scenario. */
export const ruleData = z
  .object({
    /** The specific facts of the complaint, by fact id; a reply that refers to one has listened (listen). */
    keyFacts: z.record(id, z.array(pattern).min(1)).describe('The specific facts of the complaint, by fact id; a reply that mentions one has listened.'),
    /** Remedies this scenario allows (propose-solution), on top of the language pack's generic ones. */
    solutions: z.array(pattern).default([]).describe('Remedies this scenario allows, as phrase patterns.'),
    /** Offers the policy does not allow (no-overpromise), on top of the pack's absolute guarantees. */
    forbiddenOffers: z.array(pattern).default([]).describe('Offers beyond the policy: a reply that makes one breaks no-overpromise.'),
    /** How replies would speak of the customer in the third person, to the companion (address-person). */
    thirdPerson: z.array(pattern).default([]).describe('How a reply would speak about the customer to the companion (breaks address-person).'),
    /** The largest discount the policy allows, in percent (no-overpromise); any bigger one, in figures or "half price", breaks it. */
    maxDiscountPercent: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('The largest discount the policy allows, in percent; a reply offering more breaks no-overpromise.'),
  })
  .strict();

const condition = z
  .object({
    minScore: z.number().min(0).max(100).optional(),
    maxScore: z.number().min(0).max(100).optional(),
    /** Every listed rule must have one of the listed verdicts. */
    verdicts: z.partialRecord(ruleId, z.array(verdict).min(1)).optional(),
    /** True: some prohibition (or apologise) was violated. False: none was. */
    anyViolated: z.boolean().optional(),
  })
  .strict();

/** The first transition whose `when` holds decides the next step; one without `when` always holds. */
const transition = z
  .object({
    when: condition.optional().describe('All given conditions must hold; leave it out on the last transition.'),
    to: id.describe('The id of the next turn or of an ending.'),
  })
  .strict();

const line = z
  .object({
    speaker: z.enum(['customer', 'companion']).default('customer'),
    text: localText,
  })
  .strict();

const mood = z.number().int().min(-2).max(2).describe('The customer\'s mood, from −2 (furious) to +2 (pleased).');

const turn = z
  .object({
    id,
    mood,
    lines: z.array(line).min(1),
    /** Rules not scored on this turn (e.g. greet-and-close in the middle of a phone call). */
    skipRules: z.array(ruleId).default([]).describe('Rules not scored on this turn.'),
    /** Facts raised on this turn, merged over the scenario's keyFacts when scoring a reply to it. */
    keyFacts: z.partialRecord(lang, z.record(id, z.array(pattern).min(1))).optional(),
    /** A reply a good trainer would write to this turn; required on the best path. */
    modelAnswer: localText.optional().describe('A model reply to this turn; required on the best path.'),
    next: z.array(transition).min(1),
  })
  .strict();

const ending = z
  .object({
    id,
    outcome: z.enum(['resolved', 'escalated', 'lost']),
    mood,
    message: localText,
  })
  .strict();

export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    version: z.number().int().min(1),
    languages: z.array(lang).min(1),
    title: localText,
    summary: localText,
    channel: z.enum(['email', 'chat', 'phone', 'face-to-face']),
    setting: z.enum(['cleaning', 'retail', 'hotel', 'restaurant', 'call-centre', 'transport', 'bank', 'other']),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    estimatedMinutes: z.number().int().min(1).max(120),
    company: z.string().min(1),
    customer: z
      .object({
        name: z.string().min(1),
        profile: z.array(z.enum(['elderly', 'family', 'disability', 'regular', 'angry', 'polite', 'vague'])),
        companion: z.object({ name: z.string().min(1), role: localText }).strict().optional(),
      })
      .strict(),
    /** For written channels: the subject line of the customer's message. */
    subject: localText.optional(),
    brief: localText,
    /** What the trainee may offer, as the trainee sees it. */
    policy: localList,
    /** The rules scored, with their weights (see the README for the score formula). */
    rules: z
      .partialRecord(ruleId, z.number().min(1).max(10))
      .describe('The rules scored, with their weights (1–10).'),
    ruleData: z.partialRecord(lang, ruleData),
    conversation: z
      .object({
        start: id,
        turns: z.array(turn).min(1),
        endings: z.array(ending).min(1),
      })
      .strict(),
  })
  .strict();

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type Turn = Scenario['conversation']['turns'][number];
export type Ending = Scenario['conversation']['endings'][number];
export type Transition = Turn['next'][number];
export type Condition = NonNullable<Transition['when']>;
export type RuleData = z.output<typeof ruleData>;
export type LocalText = z.output<typeof localText>;
export type Channel = Scenario['channel'];
export type Outcome = Ending['outcome'];
