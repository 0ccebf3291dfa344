import { expect, test, type Page } from '@playwright/test';
import { checklist, expectDebrief, openCatalogue, openScenario, replyBox, sendReply, snap, startConversation } from './support/app';
import { horizontalOverflow } from './support/layout';
import { rawKeys } from './support/leftovers';
import { t } from './support/locale';
import { modelAnswerPlaythrough, oneScenarioPerChannel, readScenario } from './support/scenarios';

/*
 * Every screen at a desktop width, on a 375-pixel phone and at 200% zoom (a 1280×900 window zoomed to 200% lays
 * out like 640×450 CSS pixels at device scale 2). Each is saved under test-results/screenshots/ for a person to
 * look at; the checks are soft, so one screen's problem does not hide the pictures of the others.
 */

const scenario = readScenario('cleaning-no-show');
const MIXED = 'Hello Eva, thank you for writing. You should have called us yourself, calm down!!';

const VIEWS = [
  { label: '1280', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { label: '375', viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 },
  { label: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
] as const;

for (const view of VIEWS) {
  test.describe(`at ${view.label}`, () => {
    test.use({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor });

    test(`every screen fits without horizontal scrolling and shows no translation key (${view.label})`, async ({ page }) => {
      const check = async (screen: string) => {
        await snap(page, `${screen}-${view.label}`);
        const { overflow, offenders } = await horizontalOverflow(page);
        expect.soft(overflow, `the ${screen} scrolls sideways by ${overflow}px at ${view.label}:\n${offenders.join('\n')}`).toBeLessThanOrEqual(0);
        expect.soft(await rawKeys(page, 'en'), `translation keys on the ${screen}`).toEqual([]);
      };

      await openCatalogue(page);
      await check('catalogue');

      await openScenario(page, scenario);
      await expect(page.getByRole('button', { name: t('en', 'player:start.begin') })).toBeVisible();
      await check('start-panel');

      await startConversation(page, { mode: 'coach' });
      await replyBox(page).fill(MIXED);
      await expect(checklist(page).locator('[data-state="broken"]').first()).toBeVisible();
      await check('player-coach');

      // Each channel's own look (email, chat, phone, face to face), first turn in coach mode.
      for (const [channel, other] of oneScenarioPerChannel()) {
        if (other.id === scenario.id) continue;
        await openScenario(page, other);
        await startConversation(page, { mode: 'coach' });
        await check(`player-${channel}`);
      }

      await startOver(page);
      await startConversation(page, { mode: 'exam' });
      await replyBox(page).fill(MIXED);
      await check('player-exam');

      const plan = modelAnswerPlaythrough(scenario, 'en');
      for (const reply of plan.replies) await sendReply(page, reply.text);
      await expectDebrief(page, scenario, 'en');
      await check('debrief');

      await page.getByRole('link', { name: t('en', 'nav.progress') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('en', 'progress:title') })).toBeVisible();
      await check('progress');

      await page.getByRole('link', { name: t('en', 'nav.settings') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('en', 'settings:title') })).toBeVisible();
      await check('settings');
    });
  });
}

/** Discards the conversation on screen (after confirming) and returns to the start panel of the same scenario. */
async function startOver(page: Page) {
  await openScenario(page, scenario);
  await page.getByRole('button', { name: t('en', 'player:restart.button') }).click();
  await page.getByRole('button', { name: t('en', 'player:restart.confirm') }).click();
  await expect(page.getByRole('button', { name: t('en', 'player:start.begin') })).toBeVisible();
}
