import { expect, test } from '@playwright/test';
import { checklist, openCatalogue, openScenario, playThrough, replyBox, startConversation } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { t } from './support/locale';
import { planConversation, readScenario } from './support/scenarios';

const scenario = readScenario('cleaning-no-show');
const MIXED = 'Hello Eva, thank you for writing. You should have called us yourself, calm down!!';
const PLAIN = 'Dear Eva, we are sorry. Kind regards, Särav Kodu customer service';

test.describe('axe finds no WCAG A/AA violation', () => {
  test('on the catalogue', async ({ page }, testInfo) => {
    await openCatalogue(page);
    await expectNoAxeViolations(page, 'catalogue', testInfo);
  });

  test('on the start panel and the player in coach mode, with rules met and broken in the checklist', async ({ page }, testInfo) => {
    await openScenario(page, scenario);
    await expect(page.getByRole('button', { name: t('en', 'player:start.begin') })).toBeVisible();
    await expectNoAxeViolations(page, 'start panel', testInfo);
    await startConversation(page, { mode: 'coach' });
    await replyBox(page).fill(MIXED);
    await expect(checklist(page).locator('[data-state="broken"]').first()).toBeVisible();
    await expect(checklist(page).locator('[data-state="done"]').first()).toBeVisible();
    await expectNoAxeViolations(page, 'player in coach mode', testInfo);
  });

  test('on the player in exam mode', async ({ page }, testInfo) => {
    await openScenario(page, scenario);
    await startConversation(page, { mode: 'exam' });
    await replyBox(page).fill(MIXED);
    await expect(checklist(page)).toHaveCount(0);
    await expectNoAxeViolations(page, 'player in exam mode', testInfo);
  });

  test('on the debrief and the progress screen after a finished scenario', async ({ page }, testInfo) => {
    // The first reply below par, so the debrief shows missed and broken rules as well as met ones.
    const start = scenario.conversation.start;
    const plan = planConversation(scenario, 'en', (turn) => (turn.id === start ? MIXED : (turn.modelAnswer?.en ?? PLAIN)));
    await openScenario(page, scenario);
    await startConversation(page, { mode: 'coach' });
    await playThrough(page, scenario, plan.replies, 'en');
    await expectNoAxeViolations(page, 'debrief', testInfo);
    await page.getByRole('link', { name: t('en', 'nav.progress') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('en', 'progress:title') })).toBeVisible();
    await expectNoAxeViolations(page, 'progress screen', testInfo);
  });

  test('on the settings screen and the empty progress screen', async ({ page }, testInfo) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: t('en', 'settings:title') })).toBeVisible();
    await expectNoAxeViolations(page, 'settings screen', testInfo);
    await page.goto('/#/progress');
    await expect(page.getByRole('heading', { level: 1, name: t('en', 'progress:title') })).toBeVisible();
    await expectNoAxeViolations(page, 'empty progress screen', testInfo);
  });
});
