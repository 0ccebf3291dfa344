// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressStore } from '../../src/store/progress-store';
import { Debrief } from '../../src/ui/debrief/Debrief';
import ScenarioScreen from '../../src/ui/player/ScenarioScreen';
import { aReport, anAttemptOf, emailScenario, ensureRuleTexts, ruleName, tipText } from './player-fixtures';

const scenario = emailScenario();
const other = emailScenario({ id: 'test-other' });

vi.mock('../../src/ui/scenario-catalogue', () => ({
  findScenario: (id: string) => [scenario, other].find((s) => s.id === id),
  get scenarioCatalogue() {
    return { scenarios: [scenario, other], errors: [] };
  },
}));

beforeAll(() => ensureRuleTexts());
beforeEach(() => {
  localStorage.clear();
  useProgressStore.setState({ attempts: [] });
});
afterEach(cleanup);

const reply = 'Hello Eva, we are sorry. Calm down!! Thank you.';
//             0         1         2         3         4
//             0123456789012345678901234567890123456789012345678

const attempt = anAttemptOf(scenario, {
  score: 42,
  outcome: 'escalated',
  endingId: 'resolved',
  replies: [
    {
      turnId: 'opening',
      text: reply,
      report: aReport(42, [
        { id: 'apologise', verdict: 'met', evidence: [{ start: 18, end: 23, text: 'sorry' }], tip: 'apologise.met' },
        { id: 'stay-calm', verdict: 'violated', evidence: [{ start: 25, end: 36, text: 'Calm down!!' }], tip: 'stay-calm.violated' },
        { id: 'thank', verdict: 'missed', evidence: [], tip: 'thank.missed' },
      ]),
    },
    {
      turnId: 'calmer',
      text: 'Tomorrow at ten.',
      report: aReport(30, [{ id: 'thank', verdict: 'missed', evidence: [], tip: 'thank.missed' }]),
    },
  ],
});

function renderDebrief(onTryAgain = () => {}) {
  return render(<Debrief scenario={scenario} attempt={attempt} onTryAgain={onTryAgain} nextHref="#/scenario/test-other" />);
}

describe('Debrief', () => {
  it('shows the total score and how the conversation ended', () => {
    renderDebrief();
    expect(screen.getByText('Score: 42 out of 100')).toBeInTheDocument();
    expect(screen.getByText('Escalated')).toBeInTheDocument();
    expect(screen.getByText('Thank you, that works for me.')).toBeInTheDocument();
  });

  it('marks each piece of evidence inline with a text label, not colour alone', () => {
    const { container } = renderDebrief();
    const first = container.querySelector('.highlighted')!;

    expect(first.textContent).toContain('Hello Eva, we are sorry');
    const marks = [...first.querySelectorAll('mark')].map((m) => [m.textContent, m.className]);
    expect(marks).toEqual([
      ['sorry', 'evidence evidence--met'],
      ['Calm down!!', 'evidence evidence--violated'],
    ]);
    // The label after each mark names the rule and says the verdict in words.
    const tags = [...first.querySelectorAll('.evidence-tag')].map((tag) => tag.textContent);
    expect(tags).toEqual([`✓ ${ruleName('apologise')}: Done`, `✗ ${ruleName('stay-calm')}: Broken`]);
  });

  it('keeps the reply text whole around the marks', () => {
    const { container } = renderDebrief();
    expect(container.querySelector('.highlighted')!.textContent!.replace(/[✓✗] [^:]+: \w+/g, '')).toBe(reply);
  });

  it('lists every rule with its verdict and tip, what to work on first', () => {
    renderDebrief();
    const [firstReply] = screen.getAllByRole('region', { name: /Reply 1 of 2/ });
    const items = within(firstReply!).getAllByRole('listitem').filter((li) => li.hasAttribute('data-rule'));

    expect(items.map((li) => [li.dataset.rule, li.dataset.verdict])).toEqual([
      ['stay-calm', 'violated'],
      ['thank', 'missed'],
      ['apologise', 'met'],
    ]);
    expect(within(items[0]!).getByText(tipText('stay-calm.violated'))).toBeInTheDocument();
    expect(within(items[1]!).getByText('Missing')).toBeInTheDocument();
    expect(within(items[2]!).getByText(tipText('apologise.met'))).toBeInTheDocument();
  });

  it('puts the model answer beside each reply, and says so where the turn has none', () => {
    renderDebrief();
    const [firstReply, secondReply] = screen.getAllByRole('region', { name: /Reply \d of 2/ });

    expect(within(firstReply!).getByText('We are sorry the cleaner did not come. Thank you for telling us.')).toBeInTheDocument();
    expect(within(secondReply!).getByText('There is no model answer for this turn of the conversation.')).toBeInTheDocument();
  });

  it('shows what the customer said before each reply', () => {
    renderDebrief();
    const [firstReply] = screen.getAllByRole('region', { name: /Reply 1 of 2/ });
    expect(within(firstReply!).getByText('Nobody came today.')).toBeInTheDocument();
  });

  it('offers "Try again" and a link to the next scenario', async () => {
    const onTryAgain = vi.fn();
    renderDebrief(onTryAgain);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));

    expect(onTryAgain).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Next scenario' })).toHaveAttribute('href', '#/scenario/test-other');
  });

  it('notes when the scenario has changed since the attempt', () => {
    render(<Debrief scenario={{ ...scenario, version: 2 }} attempt={attempt} onTryAgain={() => {}} nextHref={null} />);
    expect(screen.getByText(/has been updated since this attempt/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Next scenario' })).not.toBeInTheDocument();
  });
});

describe('a saved attempt’s debrief', () => {
  it('opens from its address with the attempt from progress', () => {
    useProgressStore.getState().addAttempt(attempt);
    render(<ScenarioScreen scenarioId="test-email" attemptId="attempt-1" />);

    expect(screen.getByRole('heading', { level: 1, name: 'The missing cleaner' })).toBeInTheDocument();
    expect(screen.getByText('Score: 42 out of 100')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next scenario' })).toHaveAttribute('href', '#/scenario/test-other');
  });

  it('says so when the attempt is not saved in this browser', () => {
    render(<ScenarioScreen scenarioId="test-email" attemptId="nowhere" />);
    expect(screen.getByRole('heading', { name: 'Result not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '#/progress');
  });
});
