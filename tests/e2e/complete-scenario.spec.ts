import { expect, test } from '@playwright/test';
import {
  cardAction,
  conversation,
  debriefScore,
  expectCustomerTurn,
  expectDebrief,
  gist,
  openCatalogue,
  replyBox,
  resultRegion,
  sendReply,
  snap,
  startConversation,
} from './support/app';
import { t } from './support/locale';
import { describeReport, localized, modelAnswerPlaythrough, readScenario } from './support/scenarios';

const scenario = readScenario('cleaning-no-show');

test('a new user who answers every turn of cleaning-no-show with its model answer sees a high score and the resolved ending', async ({ page }) => {
  const plan = modelAnswerPlaythrough(scenario, 'en');
  const planned = plan.replies.map((r) => `${r.turn.id}: ${describeReport(r.report)}`).join('\n');
  expect(plan.ending.outcome, `the model answers should end resolved:\n${planned}`).toBe('resolved');
  const expectedScore = Math.round(plan.replies.reduce((sum, r) => sum + r.report.score, 0) / plan.replies.length);
  expect(expectedScore, `the model answers should score high:\n${planned}`).toBeGreaterThanOrEqual(80);

  await openCatalogue(page);
  const title = localized(scenario.title, 'en', scenario.languages);
  const card = page.getByRole('article', { name: title });
  await expect(card.getByText(t('en', 'catalogue:card.notTried'))).toBeVisible();
  await cardAction(page, 'start', title).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await startConversation(page, { mode: 'coach' });

  for (const [index, reply] of plan.replies.entries()) {
    await expectCustomerTurn(page, scenario, reply, 'en');
    // Half the replies go with the button, half with the shortcut the reply box advertises.
    await sendReply(page, reply.text, { via: index % 2 === 0 ? 'button' : 'shortcut' });
    if (index < plan.replies.length - 1) {
      // The sent reply joins the conversation and the box is empty for the next one.
      await expect(conversation(page).getByText(gist(reply.text)).first()).toBeVisible();
      await expect(replyBox(page)).toHaveValue('');
    }
  }

  await expectDebrief(page, scenario, 'en');
  await expect(resultRegion(page).getByText(t('en', 'outcome.resolved'))).toBeVisible();
  await expect(resultRegion(page).getByText(gist(localized(plan.ending.message, 'en', scenario.languages)))).toBeVisible();
  expect(await debriefScore(page)).toBe(expectedScore);
  await expect(page).toHaveURL(new RegExp(`#/scenario/${scenario.id}/debrief/`));

  // The attempt is kept: the catalogue shows the best score and progress lists it.
  await page.getByRole('link', { name: t('en', 'nav.catalogue') }).click();
  await expect(page.getByRole('article', { name: title }).getByText(t('en', 'catalogue:card.best', { score: expectedScore }))).toBeVisible();
  await page.getByRole('link', { name: t('en', 'nav.progress') }).click();
  await expect(page.getByRole('link', { name: t('en', 'progress:table.open') }).first()).toBeVisible();
  await snap(page, 'progress-after-resolved-1280');
});
