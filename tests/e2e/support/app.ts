import { mkdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../../src/engine/languages';
import type { Scenario } from '../../../src/scenario/schema';
import { escapeRegExp, t } from './locale';
import { customerLines, localized, type PlannedReply } from './scenarios';

/*
 * Steps a user takes, by role and visible name, in the UI language given (English unless a test switches).
 */

export type Mode = 'coach' | 'exam';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** A full-page picture of the screen for a person to look at: test-results/screenshots/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Text is drawn in its final font, not a fallback.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true, animations: 'disabled' });
}

export async function openCatalogue(page: Page, lang: Lang = 'en'): Promise<void> {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'catalogue:title') })).toBeVisible();
}

/**
 * A scenario card's action link ("Start", "Continue", "Try again"), named with the scenario's title for screen
 * readers. Chromium puts a space before the colon (the title sits in its own hidden element), so either is accepted.
 */
export function cardAction(page: Page, action: 'start' | 'continue' | 'again', title: string, uiLang: Lang = 'en'): Locator {
  const name = new RegExp(`^${escapeRegExp(t(uiLang, `catalogue:card.${action}`))}\\s*:\\s*${escapeRegExp(title)}$`);
  return page.getByRole('article', { name: title }).getByRole('link', { name });
}

export async function openScenario(page: Page, scenario: Scenario): Promise<void> {
  await page.goto(`/#/scenario/${scenario.id}`);
}

/** The start panel: choose the mode, then begin (the conversation's language is left at its default). */
export async function startConversation(page: Page, { mode, uiLang = 'en' }: { mode: Mode; uiLang?: Lang }): Promise<void> {
  await page.getByRole('radio', { name: t(uiLang, `player:mode.${mode}`) }).check();
  await page.getByRole('button', { name: t(uiLang, 'player:start.begin') }).click();
  await expect(replyBox(page, uiLang)).toBeVisible();
}

export function replyBox(page: Page, uiLang: Lang = 'en'): Locator {
  return page.getByRole('textbox', { name: t(uiLang, 'player:composer.label'), exact: true });
}

export function sendButton(page: Page, uiLang: Lang = 'en'): Locator {
  return page.getByRole('button', { name: t(uiLang, 'player:composer.send'), exact: true });
}

export function conversation(page: Page, uiLang: Lang = 'en'): Locator {
  return page.getByRole('region', { name: t(uiLang, 'player:conversation.label'), exact: true });
}

export function checklist(page: Page, uiLang: Lang = 'en'): Locator {
  return page.getByRole('region', { name: t(uiLang, 'player:checklist.title'), exact: true });
}

export function moodMeter(page: Page, scenario: Scenario, uiLang: Lang = 'en'): Locator {
  return page.getByRole('meter', { name: t(uiLang, 'player:mood.caption', { name: scenario.customer.name }) });
}

export async function moodValue(page: Page, scenario: Scenario, uiLang: Lang = 'en'): Promise<number> {
  return Number(await moodMeter(page, scenario, uiLang).getAttribute('aria-valuenow'));
}

/**
 * A message's paragraphs (its lines), each as the screen may show it in an element of its own: a message spread over
 * several elements never matches as one string.
 */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The longest paragraph of a message: enough to recognise it on screen. */
export function gist(text: string): string {
  return paragraphs(text).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Waits until the conversation shows what the customer says on this turn. */
export async function expectCustomerTurn(page: Page, scenario: Scenario, reply: PlannedReply, lang: Lang, uiLang: Lang = 'en') {
  for (const line of customerLines(scenario, reply.turn, lang)) {
    await expect(conversation(page, uiLang).getByText(gist(line)).first()).toBeVisible();
  }
}

/** Types the whole reply into the box (as a paste would) and sends it with the button or Ctrl+Enter. */
export async function sendReply(page: Page, text: string, { via = 'button', uiLang = 'en' }: { via?: 'button' | 'shortcut'; uiLang?: Lang } = {}) {
  const box = replyBox(page, uiLang);
  await box.fill(text);
  if (via === 'shortcut') {
    await box.press('Control+Enter');
  } else {
    await sendButton(page, uiLang).click();
  }
}

/** Plays the scenario through with the planned replies, checking each customer message on the way. */
export async function playThrough(page: Page, scenario: Scenario, replies: PlannedReply[], lang: Lang, uiLang: Lang = 'en') {
  for (const [index, reply] of replies.entries()) {
    await expectCustomerTurn(page, scenario, reply, lang, uiLang);
    await sendReply(page, reply.text, { via: index % 2 === 0 ? 'button' : 'shortcut', uiLang });
  }
  await expectDebrief(page, scenario, lang, uiLang);
}

export async function expectDebrief(page: Page, scenario: Scenario, lang: Lang, uiLang: Lang = 'en') {
  await expect(resultRegion(page, uiLang)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: localized(scenario.title, lang, scenario.languages) })).toBeVisible();
}

export function resultRegion(page: Page, uiLang: Lang = 'en'): Locator {
  return page.getByRole('region', { name: t(uiLang, 'debrief:result.label'), exact: true });
}

/** The score the debrief announces ("Score: 87 out of 100"). */
export async function debriefScore(page: Page, uiLang: Lang = 'en'): Promise<number> {
  const text = (await resultRegion(page, uiLang).textContent()) ?? '';
  const [before, after] = t(uiLang, 'debrief:result.scoreWords', { score: '§' }).split('§') as [string, string];
  const match = new RegExp(`${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}`).exec(text);
  if (!match) throw new Error(`The debrief's result says no score: "${text}"`);
  return Number(match[1]);
}
