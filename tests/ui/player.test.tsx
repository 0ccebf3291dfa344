// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/scenario/schema';
import { useStorageHealth } from '../../src/store/safe-storage';
import { useProgressStore } from '../../src/store/progress-store';
import { SESSION_STORE_NAME, useSessionStore } from '../../src/store/session-store';
import { useSettingsStore } from '../../src/store/settings-store';
import ScenarioScreen from '../../src/ui/player/ScenarioScreen';
import { emailScenario, ENGINE_FAILURE, ensureRuleTexts, scenarioOn } from './player-fixtures';

const scenarios: Scenario[] = [
  emailScenario(),
  scenarioOn('chat'),
  scenarioOn('phone'),
  scenarioOn('face-to-face'),
];

vi.mock('../../src/ui/scenario-catalogue', () => ({
  findScenario: (id: string) => scenarios.find((s) => s.id === id),
  get scenarioCatalogue() {
    return { scenarios, errors: [] };
  },
}));
vi.mock('../../src/engine/score-reply', async () => ({ scoreReply: (await import('./player-fixtures')).fakeScore }));

beforeAll(() => ensureRuleTexts());

beforeEach(() => {
  localStorage.clear();
  useSessionStore.setState({ sessions: {} });
  useProgressStore.setState({ attempts: [] });
  useSettingsStore.setState({ uiLang: 'en', contentLang: 'auto', defaultMode: 'coach' });
  useStorageHealth.setState({ quotaFull: [], unavailable: false, resets: [] });
  window.location.hash = '#/scenario/test-email';
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function startScenario(id = 'test-email', mode: 'Coach mode' | 'Exam mode' = 'Coach mode') {
  const user = userEvent.setup();
  const view = render(<ScenarioScreen scenarioId={id} />);
  await user.click(screen.getByRole('radio', { name: new RegExp(mode) }));
  await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
  return { user, view };
}

const replyBox = () => screen.getByRole('textbox', { name: 'Your reply' });

describe('the start panel', () => {
  it('introduces the customer, the channel and the brief, with the default mode chosen', () => {
    useSettingsStore.setState({ defaultMode: 'exam' });
    render(<ScenarioScreen scenarioId="test-email" />);

    expect(screen.getByRole('heading', { level: 1, name: 'The missing cleaner' })).toBeInTheDocument();
    expect(screen.getByText('Eva Tamm')).toBeInTheDocument();
    expect(screen.getAllByText('Email').length).toBeGreaterThan(0);
    expect(screen.getByText('The cleaner was ill and nobody told the customer.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Exam mode/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Coach mode/ })).not.toBeChecked();
  });

  it('offers the scenario’s languages and plays in the one chosen', async () => {
    const user = userEvent.setup();
    render(<ScenarioScreen scenarioId="test-email" />);
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Estonian' }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));

    expect(screen.getByText('Täna ei tulnud keegi.')).toBeInTheDocument();
    expect(replyBox()).toHaveAttribute('lang', 'et-EE');
  });

  it('keeps the chosen mode on screen while playing', async () => {
    await startScenario('test-email', 'Exam mode');
    expect(screen.getByText('Exam mode', { selector: '.mode-badge' })).toBeInTheDocument();
  });

  it('moves focus to the scenario’s title once the conversation starts', async () => {
    await startScenario();
    expect(screen.getByRole('heading', { level: 1, name: 'The missing cleaner' })).toHaveFocus();
  });
});

describe('playing a scenario', () => {
  it('shows the customer’s email with sender, subject and date', async () => {
    await startScenario();
    const thread = screen.getByRole('list', { name: 'Conversation' });
    expect(within(thread).getByText('Cleaner did not come')).toBeInTheDocument();
    expect(within(thread).getByText('From')).toBeInTheDocument();
    expect(within(thread).getByText('Date')).toBeInTheDocument();
    expect(within(thread).getByText('Nobody came today.')).toBeInTheDocument();
  });

  it('sends the reply with Ctrl+Enter and shows and announces the customer’s next message', async () => {
    const { user } = await startScenario();
    await user.type(replyBox(), 'We are so sorry that nobody came.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(screen.getByText('We are so sorry that nobody came.', { selector: '.email__body p' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Conversation' })).getByText('All right. When can someone come?')).toBeInTheDocument();
    const announcements = screen.getAllByRole('status').map((region) => region.textContent);
    expect(announcements).toContain('Eva Tamm: All right. When can someone come?');
    expect(replyBox()).toHaveValue('');
    expect(replyBox()).toHaveFocus();
  });

  it('moves the mood gauge with the customer’s turn', async () => {
    const { user } = await startScenario();
    const gauge = () => screen.getByRole('meter', { name: "Eva Tamm's mood" });
    expect(gauge()).toHaveAttribute('aria-valuetext', 'Angry');

    await user.type(replyBox(), 'Sorry about today.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(gauge()).toHaveAttribute('aria-valuetext', 'Neutral');
  });

  it('does not send an empty reply and says why', async () => {
    const { user } = await startScenario();
    await user.type(replyBox(), '   ');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Write your reply before sending it.');
    expect(useSessionStore.getState().sessions['test-email']?.history).toEqual([]);
  });

  it('keeps the reply in the box, unsent, if it cannot be scored', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = await startScenario();
    await user.type(replyBox(), `Sorry ${ENGINE_FAILURE}`);
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(screen.getByRole('alert')).toHaveTextContent('could not be scored');
    expect(replyBox()).toHaveValue(`Sorry ${ENGINE_FAILURE}`);
    expect(useSessionStore.getState().sessions['test-email']?.history).toEqual([]);
    expect(screen.getByText(/Live feedback is not available/)).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('shows the brief and what the trainee may offer, under a heading that folds it away', async () => {
    const { user } = await startScenario();
    const brief = screen.getByRole('region', { name: 'Brief and policy' });
    expect(within(brief).getByRole('heading', { level: 2, name: 'Brief and policy' })).toBeInTheDocument();
    expect(within(brief).getByRole('heading', { level: 3, name: 'What you may offer' })).toBeInTheDocument();
    expect(within(brief).getByText('Offer a new time')).toBeVisible();
    expect(within(brief).getByText('Särav Kodu OÜ')).toBeVisible();

    const toggle = within(brief).getByRole('button', { name: 'Brief and policy' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(brief).getByText('Offer a new time')).not.toBeVisible();
  });

  it('reads in the order a phone shows it: the customer, the reply box, the checklist, then the brief', async () => {
    await startScenario();
    const order = [
      screen.getByRole('region', { name: 'Conversation' }),
      replyBox(),
      screen.getByRole('region', { name: 'Checklist' }),
      screen.getByRole('region', { name: 'Brief and policy' }),
    ];
    for (const [before, after] of order.slice(0, -1).map((el, i) => [el, order[i + 1]!] as const)) {
      expect(before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });
});

describe('saved work', () => {
  it('saves the reply as it is typed and comes back to the same turn and text after a reload', async () => {
    const { user, view } = await startScenario();
    await user.type(replyBox(), 'Sorry.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await user.type(replyBox(), 'We can come tomorrow');
    expect(useSessionStore.getState().sessions['test-email']?.draft).toBe('We can come tomorrow');

    view.unmount();
    render(<ScenarioScreen scenarioId="test-email" />);

    expect(replyBox()).toHaveValue('We can come tomorrow');
    expect(screen.getByText('All right. When can someone come?')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the conversation' })).not.toBeInTheDocument();
  });

  it('warns when the storage is full and keeps every typed character on screen', async () => {
    const { user } = await startScenario();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    await user.type(replyBox(), 'Sorry, we will call you.');

    expect(replyBox()).toHaveValue('Sorry, we will call you.');
    expect(useStorageHealth.getState().quotaFull).toContain(SESSION_STORE_NAME);
    expect(screen.getByText(/storage is full/)).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('asks before starting over, then discards the conversation', async () => {
    const { user } = await startScenario();
    await user.type(replyBox(), 'half a reply');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(useSessionStore.getState().sessions['test-email']).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Discard and start over' }));
    expect(useSessionStore.getState().sessions['test-email']).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Start the conversation' })).toBeInTheDocument();
  });
});

describe('the ending', () => {
  it('records the attempt, clears the session and shows the debrief', async () => {
    const { user } = await startScenario();
    await user.type(replyBox(), 'Sorry, and thank you for writing.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.type(replyBox(), 'Thank you. Tomorrow at 10?');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const [attempt] = useProgressStore.getState().attempts;
    expect(attempt).toMatchObject({ scenarioId: 'test-email', outcome: 'resolved', endingId: 'resolved', mode: 'coach' });
    expect(attempt?.replies.map((r) => r.turnId)).toEqual(['opening', 'calmer']);
    expect(attempt?.score).toBe(Math.round((attempt!.replies[0]!.report.score + attempt!.replies[1]!.report.score) / 2));
    expect(useSessionStore.getState().sessions['test-email']).toBeUndefined();
    expect(screen.getByText('Resolved')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'The missing cleaner' })).toHaveFocus();
    expect(window.location.hash).toBe(`#/scenario/test-email/debrief/${attempt?.id}`);
  });

  it('loses the customer when the reply does not apologise', async () => {
    const { user } = await startScenario();
    await user.type(replyBox(), 'We received your message.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(useProgressStore.getState().attempts[0]?.outcome).toBe('lost');
    expect(screen.getByText('Customer lost')).toBeInTheDocument();
  });

  it('"Try again" starts the scenario afresh from its start panel', async () => {
    const { user } = await startScenario();
    await user.type(replyBox(), 'No.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByRole('button', { name: 'Start the conversation' })).toBeInTheDocument();
  });
});

describe('one view per channel', () => {
  it('shows a chat as bubbles', async () => {
    const { view } = await startScenario('test-chat');
    expect(view.container.querySelector('.chat__bubble')).toHaveTextContent('Nobody came today.');
    expect(screen.getByText(/Chat with Eva Tamm/)).toBeInTheDocument();
  });

  it('shows a phone call as a transcript under a call header', async () => {
    await startScenario('test-phone');
    expect(screen.getByText(/Call in progress/)).toBeInTheDocument();
    const transcript = screen.getByRole('list', { name: 'Transcript' });
    expect(within(transcript).getByText('Eva Tamm')).toBeInTheDocument();
    expect(within(transcript).getByText('Nobody came today.')).toBeInTheDocument();
  });

  it('shows a face-to-face conversation with the companion’s and the customer’s lines', async () => {
    await startScenario('test-face-to-face');
    const transcript = screen.getByRole('list', { name: 'Transcript' });
    expect(within(transcript).getByText('Liis')).toBeInTheDocument();
    expect(within(transcript).getByText('The lift is out of order.')).toBeInTheDocument();
    expect(within(transcript).getByText('I chose this hotel for its access.')).toBeInTheDocument();
    expect(screen.getByText(/Reception desk/)).toBeInTheDocument();
  });
});

describe('reading aloud', () => {
  function fakeSpeech(voices: { lang: string; voiceURI: string }[]) {
    const spoken: { text: string; lang: string }[] = [];
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => voices,
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    });
    return spoken;
  }

  it('reads the customer’s words in the scenario’s language when the browser has a voice for it', async () => {
    const spoken = fakeSpeech([{ lang: 'en-GB', voiceURI: 'en-voice' }]);
    const { user } = await startScenario('test-face-to-face');
    await user.click(screen.getByRole('button', { name: /Read aloud/ }));

    expect(spoken).toEqual([
      { text: 'The lift is out of order.', lang: 'en-GB' },
      { text: 'I chose this hotel for its access.', lang: 'en-GB' },
    ]);
    expect(screen.getByRole('button', { name: /Stop reading/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers no button, and says why, when the browser has no voice for the language', async () => {
    fakeSpeech([{ lang: 'de-DE', voiceURI: 'de-voice' }]);
    await startScenario('test-phone');

    expect(screen.queryByRole('button', { name: /Read aloud/ })).not.toBeInTheDocument();
    expect(screen.getByText(/no English voice/)).toBeInTheDocument();
  });
});

describe('keyboard use', () => {
  it('completes a scenario with the keyboard alone', async () => {
    const user = userEvent.setup();
    render(<ScenarioScreen scenarioId="test-email" />);
    // Tab to the start button past the mode and language choices, then write and send with the keyboard.
    screen.getByRole('radio', { name: /Coach mode/ }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /Exam mode/ })).toBeChecked();
    screen.getByRole('button', { name: 'Start the conversation' }).focus();
    await user.keyboard('{Enter}');
    await act(async () => replyBox().focus());
    await user.keyboard('So sorry!{Control>}{Enter}{/Control}');
    await user.keyboard('Thanks.{Control>}{Enter}{/Control}');

    expect(useProgressStore.getState().attempts[0]).toMatchObject({ mode: 'exam', outcome: 'resolved' });
  });
});
