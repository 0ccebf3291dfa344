import { expect, test } from '@playwright/test';
import { cardAction, expectCustomerTurn, expectDebrief, replyBox, resultRegion, sendButton } from './support/app';
import { expectVisibleFocus, tabTo } from './support/keyboard';
import { t } from './support/locale';
import { localized, modelAnswerPlaythrough, readScenario } from './support/scenarios';

const scenario = readScenario('cleaning-no-show');

test('cleaning-no-show can be played from the catalogue to the debrief with the keyboard alone, focus always visible', async ({ page }) => {
  const plan = modelAnswerPlaythrough(scenario, 'en');
  const title = localized(scenario.title, 'en', scenario.languages);

  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'catalogue:title') })).toBeVisible();

  // The first Tab reaches the skip link, and it is seen when focused.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('en', 'nav.skip') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);

  const start = cardAction(page, 'start', title);
  await tabTo(page, start);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  // Start panel: coach mode chosen with Space on the focused radio, then the start button.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const coach = page.getByRole('radio', { name: t('en', 'player:mode.coach') });
  await tabTo(page, coach);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(coach).toBeChecked();
  const begin = page.getByRole('button', { name: t('en', 'player:start.begin') });
  await tabTo(page, begin);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  for (const [index, reply] of plan.replies.entries()) {
    await expectCustomerTurn(page, scenario, reply, 'en');
    await tabTo(page, replyBox(page));
    await expectVisibleFocus(page);
    // Typed: the first words key by key, the rest as one input (as fast typing or a paste).
    await page.keyboard.type(reply.text.slice(0, 12));
    await page.keyboard.insertText(reply.text.slice(12));
    await expect(replyBox(page)).toHaveValue(reply.text);

    // Tab to the send button and back again with Shift+Tab, then forward once more to send.
    await tabTo(page, sendButton(page));
    await expectVisibleFocus(page);
    await tabTo(page, replyBox(page), { backwards: true });
    await tabTo(page, sendButton(page));
    await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
  }

  await expectDebrief(page, scenario, 'en');
  // Focus lands on the result, so keyboard and screen-reader users start reading there.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  const again = resultRegion(page).getByRole('button', { name: t('en', 'debrief:actions.tryAgain') });
  await tabTo(page, again);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: t('en', 'player:start.begin') })).toBeVisible();
});
