// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../src/store/session-store';
import { useSettingsStore } from '../../src/store/settings-store';
import { Checklist } from '../../src/ui/player/Checklist';
import ScenarioScreen from '../../src/ui/player/ScenarioScreen';
import { aReport, emailScenario, ensureRuleTexts, ruleName, tipText } from './player-fixtures';

const scenario = emailScenario();

vi.mock('../../src/ui/scenario-catalogue', () => ({
  findScenario: (id: string) => (id === 'test-email' ? scenario : undefined),
  get scenarioCatalogue() {
    return { scenarios: [scenario], errors: [] };
  },
}));
vi.mock('../../src/engine/score-reply', async () => ({ scoreReply: (await import('./player-fixtures')).fakeScore }));

beforeAll(() => ensureRuleTexts());
beforeEach(() => {
  localStorage.clear();
  useSessionStore.setState({ sessions: {} });
  useSettingsStore.setState({ uiLang: 'en', contentLang: 'auto', defaultMode: 'coach' });
});
afterEach(cleanup);

/** The checklist item of a rule, found by the rule's name as the trainee reads it. */
function item(id: Parameters<typeof ruleName>[0]) {
  const found = screen
    .getAllByRole('listitem')
    .find((li) => within(li).queryAllByText(ruleName(id), { exact: false }).length > 0);
  if (!found) throw new Error(`no checklist item for ${id}`);
  return found;
}

describe('Checklist', () => {
  it('ticks a rule that is met and shows the phrase that met it', () => {
    render(
      <Checklist
        report={aReport(50, [
          { id: 'apologise', verdict: 'met', evidence: [{ start: 0, end: 15, text: 'We are so sorry' }], tip: 'apologise.met' },
          { id: 'thank', verdict: 'missed', evidence: [], tip: 'thank.missed' },
        ])}
      />,
    );

    expect(item('apologise')).toHaveAttribute('data-state', 'done');
    expect(within(item('apologise')).getByText('We are so sorry')).toBeInTheDocument();
    expect(within(item('apologise')).getByText(': done')).toBeInTheDocument();
    expect(item('thank')).toHaveAttribute('data-state', 'todo');
    expect(within(item('thank')).getByText(': not yet')).toBeInTheDocument();
  });

  it('shows a broken rule with what broke it and a tip', () => {
    render(
      <Checklist
        report={aReport(0, [
          { id: 'stay-calm', verdict: 'violated', evidence: [{ start: 3, end: 13, text: 'calm down!' }], tip: 'stay-calm.violated' },
          { id: 'no-blame', verdict: 'met', evidence: [], tip: 'no-blame.met' },
        ])}
      />,
    );

    const broken = item('stay-calm');
    expect(broken).toHaveAttribute('data-state', 'broken');
    expect(within(broken).getByText('calm down!')).toBeInTheDocument();
    expect(within(broken).getByText(tipText('stay-calm.violated'))).toBeInTheDocument();
    expect(item('no-blame')).toHaveAttribute('data-state', 'kept');
  });

  it('marks a non-apology as broken, not merely missing', () => {
    render(
      <Checklist
        report={aReport(0, [
          { id: 'apologise', verdict: 'violated', evidence: [{ start: 0, end: 18, text: 'sorry if you feel' }], tip: 'apologise.violated' },
        ])}
      />,
    );
    expect(item('apologise')).toHaveAttribute('data-state', 'broken');
  });

  it('counts the required rules done, not the prohibitions kept', () => {
    render(
      <Checklist
        report={aReport(50, [
          { id: 'apologise', verdict: 'met', evidence: [{ start: 0, end: 5, text: 'Sorry' }], tip: 'apologise.met' },
          { id: 'thank', verdict: 'missed', evidence: [], tip: 'thank.missed' },
          { id: 'stay-calm', verdict: 'met', evidence: [], tip: 'stay-calm.met' },
        ])}
      />,
    );
    expect(screen.getByText('1 of 2 done')).toBeInTheDocument();
  });

  it('announces broken rules to screen readers', () => {
    render(
      <Checklist
        report={aReport(0, [{ id: 'stay-calm', verdict: 'violated', evidence: [{ start: 0, end: 2, text: '!!' }], tip: 'stay-calm.violated' }])}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Rule broken: ${ruleName('stay-calm')}`);
  });

  it('shows how many more phrases met a rule', () => {
    render(
      <Checklist
        report={aReport(100, [
          {
            id: 'thank',
            verdict: 'met',
            evidence: [
              { start: 0, end: 6, text: 'Thanks' },
              { start: 20, end: 29, text: 'thank you' },
            ],
            tip: 'thank.met',
          },
        ])}
      />,
    );
    expect(within(item('thank')).getByText('and 1 more', { exact: false })).toBeInTheDocument();
  });
});

describe('the checklist beside the reply box', () => {
  async function play(mode: 'Coach mode' | 'Exam mode') {
    const user = userEvent.setup();
    render(<ScenarioScreen scenarioId="test-email" />);
    await user.click(screen.getByRole('radio', { name: new RegExp(mode) }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    return user;
  }

  it('updates as the trainee types in coach mode, flagging a violation at once', async () => {
    const user = await play('Coach mode');
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    expect(item('apologise')).toHaveAttribute('data-state', 'todo');

    await user.type(box, 'Sorry');
    expect(item('apologise')).toHaveAttribute('data-state', 'done');
    expect(within(item('apologise')).getByText('Sorry')).toBeInTheDocument();

    await user.type(box, '!!');
    expect(item('stay-calm')).toHaveAttribute('data-state', 'broken');
    expect(within(item('stay-calm')).getByText('!!')).toBeInTheDocument();
  });

  it('gives no live feedback in exam mode', async () => {
    const user = await play('Exam mode');
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'Sorry!!');

    expect(screen.queryByRole('heading', { name: 'Checklist' })).not.toBeInTheDocument();
    expect(screen.queryAllByText(ruleName('apologise'), { exact: false })).toEqual([]);
    expect(screen.getByText(/No feedback while you write/)).toBeInTheDocument();
  });
});
