import type { Channel, Scenario } from '../../scenario/schema';

/*
 * The closed lists a scenario's card is described with. Written out rather than read from the zod
 * schema so the catalogue's first download carries no schema library; the type checks below fail
 * when the schema gains a value these lists lack, and the i18n test then asks for its label.
 */

export type Setting = Scenario['setting'];
export type Difficulty = Scenario['difficulty'];
export type Profile = Scenario['customer']['profile'][number];

export const CHANNELS = ['email', 'chat', 'phone', 'face-to-face'] as const satisfies readonly Channel[];
export const SETTINGS = [
  'cleaning',
  'retail',
  'hotel',
  'restaurant',
  'call-centre',
  'transport',
  'bank',
  'other',
] as const satisfies readonly Setting[];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const satisfies readonly Difficulty[];
export const PROFILES = [
  'elderly',
  'family',
  'disability',
  'regular',
  'angry',
  'polite',
  'vague',
] as const satisfies readonly Profile[];

// Every schema value is listed: a missing one turns `true` into `never` here.
type Covers<All extends string, Listed extends readonly string[]> = [Exclude<All, Listed[number]>] extends [never] ? true : never;
export const LISTS_COVER_SCHEMA: [
  Covers<Channel, typeof CHANNELS>,
  Covers<Setting, typeof SETTINGS>,
  Covers<Difficulty, typeof DIFFICULTIES>,
  Covers<Profile, typeof PROFILES>,
] = [true, true, true, true];
