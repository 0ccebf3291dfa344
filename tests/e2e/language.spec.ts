import { expect, test, type Page } from '@playwright/test';
import { cardAction, checklist, expectDebrief, openCatalogue, replyBox, sendReply, snap, startConversation } from './support/app';
import { foreignStrings, rawKeys } from './support/leftovers';
import { t } from './support/locale';
import { anyPlaythrough, localized, readScenario } from './support/scenarios';

const scenario = readScenario('cleaning-no-show');
const RUDE_ET = 'Oleksite pidanud ise helistama. See pole meie süü, rahunege maha!!';
const PLAIN_ET = 'Tere! Vabandame, et nii juhtus. Parimate soovidega, Särav Kodu OÜ klienditeenindus';

/** No English UI string and no bare translation key on the screen. */
async function expectAllEstonian(page: Page, screen: string) {
  expect(await foreignStrings(page, 'et', 'en'), `English strings left on the ${screen}`).toEqual([]);
  expect(await rawKeys(page, 'et'), `translation keys shown on the ${screen}`).toEqual([]);
}

test('switching the header language to Estonian translates every screen and marks the page as Estonian', async ({ page }) => {
  await openCatalogue(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The switch in the header (the catalogue's filters have a language choice of their own).
  await page.getByRole('banner').getByRole('combobox', { name: t('en', 'language.label') }).selectOption('et');

  await expect(page.locator('html')).toHaveAttribute('lang', 'et');
  await expect(page.getByRole('heading', { level: 1, name: t('et', 'catalogue:title') })).toBeVisible();
  await expect(page.getByRole('navigation', { name: t('et', 'nav.label') })).toBeVisible();
  await expectAllEstonian(page, 'catalogue');
  await snap(page, 'catalogue-et-1280');

  // The scenario follows the interface language: its card, its start panel and the conversation are in Estonian.
  const title = localized(scenario.title, 'et', scenario.languages);
  await cardAction(page, 'start', title, 'et').click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAllEstonian(page, 'start panel');

  await startConversation(page, { mode: 'coach', uiLang: 'et' });
  await replyBox(page, 'et').fill(RUDE_ET);
  await expect(checklist(page, 'et').locator('[data-state="broken"]').first()).toBeVisible();
  await expectAllEstonian(page, 'player in coach mode');
  await snap(page, 'player-coach-et-1280');

  const plan = anyPlaythrough(scenario, 'et', PLAIN_ET);
  for (const reply of plan.replies) await sendReply(page, reply.text, { uiLang: 'et' });
  await expectDebrief(page, scenario, 'et', 'et');
  await expectAllEstonian(page, 'debrief');
  await snap(page, 'debrief-et-1280');

  await page.getByRole('link', { name: t('et', 'nav.progress') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('et', 'progress:title') })).toBeVisible();
  await expectAllEstonian(page, 'progress screen');

  await page.getByRole('link', { name: t('et', 'nav.settings') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('et', 'settings:title') })).toBeVisible();
  await expectAllEstonian(page, 'settings screen');

  // The choice is kept: a reload stays in Estonian although the browser prefers English.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'et');
  await expect(page.getByRole('heading', { level: 1, name: t('et', 'settings:title') })).toBeVisible();
});
