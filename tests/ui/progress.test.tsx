// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/store/attempt';
import { toProgressFile } from '../../src/store/progress-file';
import { useProgressStore } from '../../src/store/progress-store';
import { anAttempt } from '../store/progress-fixtures';
import { captureDownloads, freshStart, renderApp } from './shell-render';

let downloads: ReturnType<typeof captureDownloads>;

beforeEach(async () => {
  await freshStart('en');
  downloads = captureDownloads();
});

afterEach(() => downloads.restore());

function record(...attempts: Attempt[]) {
  for (const attempt of attempts) useProgressStore.getState().addAttempt(attempt);
}

const march = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;

function someAttempts() {
  record(
    anAttempt({ id: 'a1', scenarioId: 'cleaning-no-show', score: 40, startedAt: march(1), finishedAt: march(1), verdicts: { 'follow-up': 'missed', thank: 'met', 'no-blame': 'violated' } }),
    anAttempt({ id: 'a2', scenarioId: 'elderly-invoice-question', score: 62, mode: 'exam', startedAt: march(3), finishedAt: march(3), verdicts: { 'follow-up': 'missed', thank: 'missed', patience: 'met' } }),
    anAttempt({ id: 'a3', scenarioId: 'cleaning-no-show', score: 85, startedAt: march(5), finishedAt: march(5), verdicts: { 'follow-up': 'met', thank: 'met', 'no-blame': 'met' } }),
  );
}

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('Import a progress file', { selector: 'input' });
}

describe('my progress', () => {
  it('invites a trainee with no attempts to pick a scenario', () => {
    renderApp('#/progress');
    expect(screen.getByRole('heading', { level: 2, name: 'No attempts yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a scenario' })).toHaveAttribute('href', '#/');
    expect(screen.getByRole('button', { name: 'Export progress' })).toBeDisabled();
  });

  it('sums up every attempt: count, average, best and the last day practised', () => {
    someAttempts();
    renderApp('#/progress');
    const tiles = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(tiles).toEqual([
      ['Attempts', '3'],
      ['Average score', '62'],
      ['Best score', '85'],
      ['Last practised', 'Mar 5, 2025'],
    ]);
  });

  it('draws the scores over time with a text alternative', () => {
    someAttempts();
    renderApp('#/progress');
    expect(screen.getByRole('img', { name: 'Scores of 3 attempts: first 40, latest 85, best 85 points.' })).toBeInTheDocument();
  });

  it('ranks the rules missed most, naming missed and broken apart', () => {
    someAttempts();
    renderApp('#/progress');
    const section = screen.getByRole('region', { name: 'Rules missed most' });
    const items = within(section).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('2 of 3 replies (67%)');
    expect(items[1]).toContain('1 of 2 replies (50%)');
    expect(items[1]).toContain('broken 1 time');
    expect(items[2]).toContain('1 of 3 replies (33%)');
  });

  it('narrows every figure to one scenario', async () => {
    someAttempts();
    const user = userEvent.setup();
    renderApp('#/progress');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'cleaning-no-show');

    expect(screen.getByRole('img', { name: 'Scores of 2 attempts: first 40, latest 85, best 85 points.' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).queryByText("Helmi's puzzling invoice")).not.toBeInTheDocument();
  });

  it('lists every attempt, newest first, linking to its feedback', () => {
    someAttempts();
    renderApp('#/progress');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'The cleaner who never came',
      "Helmi's puzzling invoice",
      'The cleaner who never came',
    ]);
    expect(within(rows[1]!).getByText('Exam')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: /^View feedback/ })).toHaveAttribute('href', '#/scenario/cleaning-no-show/debrief/a3');
  });
});

describe('moving progress between browsers', () => {
  it('exports every attempt as a progress file', async () => {
    someAttempts();
    const user = userEvent.setup();
    renderApp('#/progress');

    await user.click(screen.getByRole('button', { name: 'Export progress' }));

    expect(downloads.files).toHaveLength(1);
    expect(downloads.files[0]?.name).toMatch(/^complaint-coach-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse((await downloads.files[0]?.text) ?? '{}');
    expect(file).toMatchObject({ format: 'complaint-coach-progress', version: 1 });
    expect(file.attempts.map((a: Attempt) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(screen.getByText('Exported 3 attempts.')).toBeInTheDocument();
  });

  it('imports a file from another browser, adding the new attempts and skipping those already here', async () => {
    record(anAttempt({ id: 'a1', startedAt: march(1), finishedAt: march(1) }));
    const user = userEvent.setup();
    renderApp('#/progress');

    const text = toProgressFile([
      anAttempt({ id: 'a1', startedAt: march(1), finishedAt: march(1) }),
      anAttempt({ id: 'b1', scenarioId: 'family-late-order', startedAt: march(2), finishedAt: march(2) }),
      anAttempt({ id: 'b2', scenarioId: 'family-late-order', startedAt: march(4), finishedAt: march(4) }),
    ]);
    await user.upload(fileInput(), new File([text], 'from-home.json', { type: 'application/json' }));

    expect(await screen.findByText('Imported “from-home.json”')).toBeInTheDocument();
    expect(screen.getByText('Added 2 attempts. 1 attempt was already here and was skipped.')).toBeInTheDocument();
    expect(useProgressStore.getState().attempts.map((a) => a.id)).toEqual(['a1', 'b1', 'b2']);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });

  it('refuses an invalid file with the reason and changes nothing', async () => {
    someAttempts();
    const before = useProgressStore.getState().attempts;
    const user = userEvent.setup();
    renderApp('#/progress');

    const broken = JSON.parse(toProgressFile([anAttempt({ id: 'x1' }), anAttempt({ id: 'x2' })]));
    broken.attempts[1].score = 'very good';
    await user.upload(fileInput(), new File([JSON.stringify(broken)], 'edited.json', { type: 'application/json' }));

    expect(await screen.findByText('“edited.json” was not imported')).toBeInTheDocument();
    expect(screen.getByText('At attempts[1].score the file should hold number.')).toBeInTheDocument();
    expect(screen.getByText('Nothing was changed.')).toBeInTheDocument();
    expect(useProgressStore.getState().attempts).toBe(before);
  });

  it('refuses a file that is not a progress file at all', async () => {
    const user = userEvent.setup();
    renderApp('#/progress');
    await user.upload(fileInput(), new File(['{"id": "cleaning-no-show"}'], 'scenario.json', { type: 'application/json' }));
    expect(await screen.findByText('The file is not a progress file exported from this app.')).toBeInTheDocument();
    expect(useProgressStore.getState().attempts).toEqual([]);
  });
});
