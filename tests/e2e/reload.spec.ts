import { expect, test } from '@playwright/test';
import {
  cardAction,
  conversation,
  expectCustomerTurn,
  gist,
  moodValue,
  openCatalogue,
  openScenario,
  replyBox,
  sendReply,
  startConversation,
} from './support/app';
import { t } from './support/locale';
import { localized, modelAnswerPlaythrough, readScenario } from './support/scenarios';

const scenario = readScenario('cleaning-no-show');

test('a reload in the middle of cleaning-no-show returns to the same turn with the half-written reply', async ({ page }) => {
  const plan = modelAnswerPlaythrough(scenario, 'en');
  const [first, second] = plan.replies;
  if (!first || !second) throw new Error(`${scenario.id} should take at least two turns on the best path`);

  await openScenario(page, scenario);
  await startConversation(page, { mode: 'coach' });
  await sendReply(page, first.text);
  await expectCustomerTurn(page, scenario, second, 'en');

  const half = second.text.slice(0, Math.ceil(second.text.length / 2));
  // The first words key by key, the rest in one input: the draft is saved on every change.
  await replyBox(page).pressSequentially(half.slice(0, 40));
  await page.keyboard.insertText(half.slice(40));
  const mood = await moodValue(page, scenario);

  await page.reload();

  await expect(replyBox(page)).toHaveValue(half);
  expect(await moodValue(page, scenario)).toBe(mood);
  await expectCustomerTurn(page, scenario, second, 'en');
  await expect(conversation(page).getByText(gist(first.text)).first()).toBeVisible();

  // The catalogue offers to continue the conversation, and continuing lands on the same turn and draft.
  await openCatalogue(page);
  const title = localized(scenario.title, 'en', scenario.languages);
  const card = page.getByRole('article', { name: title });
  await expect(card.getByText(t('en', 'catalogue:card.inProgress', { count: 1 }))).toBeVisible();
  await cardAction(page, 'continue', title).click();
  await expect(replyBox(page)).toHaveValue(half);
  await expectCustomerTurn(page, scenario, second, 'en');
});
