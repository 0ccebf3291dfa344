import { expect, test } from '@playwright/test';
import {
  checklist,
  conversation,
  expectDebrief,
  gist,
  moodValue,
  openScenario,
  replyBox,
  resultRegion,
  sendReply,
  snap,
  startConversation,
} from './support/app';
import { t } from './support/locale';
import { customerLines, describeReport, localized, readScenario, stepAfter } from './support/scenarios';
import { startTurn } from '../../src/scenario/conversation';

const scenario = readScenario('cleaning-no-show');
const RUDE = "You should have called us yourself. It's not our fault, calm down!!";

test('a rude, blaming reply makes the customer of cleaning-no-show escalate', async ({ page }) => {
  const first = startTurn(scenario);
  const { report, step } = stepAfter(scenario, first.id, RUDE, 'en');
  const broken = report.rules.filter((r) => r.verdict === 'violated').map((r) => r.id);
  expect(broken, `the rude reply should break no-blame and stay-calm (${describeReport(report)})`).toEqual(
    expect.arrayContaining(['no-blame', 'stay-calm']),
  );

  await openScenario(page, scenario);
  await startConversation(page, { mode: 'coach' });
  const moodBefore = await moodValue(page, scenario);

  // Coach mode warns before the reply is sent: the broken rules show in the checklist as they are typed.
  await replyBox(page).fill(RUDE);
  for (const id of ['no-blame', 'stay-calm']) {
    await expect(checklist(page).locator(`[data-rule="${id}"]`)).toContainText(t('en', 'player:checklist.state.broken'));
  }
  // …and screen readers hear it once, from a live region.
  const announcement = t('en', 'player:checklist.brokenAnnouncement', { names: '' }).trim();
  await expect(page.getByRole('status').filter({ hasText: announcement })).toHaveCount(1);
  await snap(page, 'player-coach-rude-draft-1280');

  await sendReply(page, RUDE);

  if (step.kind === 'turn') {
    expect(step.turn.mood, 'the escalation turn should be angrier than the opening').toBeLessThan(first.mood);
    for (const line of customerLines(scenario, step.turn, 'en')) {
      await expect(conversation(page).getByText(gist(line)).first()).toBeVisible();
    }
    await expect.poll(() => moodValue(page, scenario)).toBeLessThan(moodBefore);
    await snap(page, 'player-coach-escalated-1280');
  } else {
    // A reply this bad may end the conversation at once; the debrief then names the bad ending.
    expect(step.ending.outcome).not.toBe('resolved');
    await expectDebrief(page, scenario, 'en');
    await expect(resultRegion(page).getByText(t('en', `outcome.${step.ending.outcome}`))).toBeVisible();
    await expect(resultRegion(page).getByText(gist(localized(step.ending.message, 'en', scenario.languages)))).toBeVisible();
  }
});
