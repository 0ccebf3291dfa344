// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useProgressStore } from '../../src/store/progress-store';
import { useSessionStore } from '../../src/store/session-store';
import { anAttempt } from '../store/progress-fixtures';
import { freshStart, renderApp } from './shell-render';

beforeEach(async () => {
  await freshStart('en');
});

const cards = () => screen.getAllByRole('article');
const card = (title: string) => screen.getByRole('article', { name: title });
const titles = () => cards().map((article) => within(article).getByRole('heading', { level: 3 }).textContent);

describe('the catalogue', () => {
  it('shows every shipped scenario as a card with its channel, setting, customer and time', () => {
    renderApp('#/');
    expect(cards()).toHaveLength(8);
    expect(screen.getByText('8 scenarios')).toBeInTheDocument();

    const helmi = card("Helmi's puzzling invoice");
    expect(helmi).toHaveTextContent('Phone call');
    expect(helmi).toHaveTextContent('Home cleaning');
    expect(within(helmi).getByRole('list', { name: 'Customer' })).toHaveTextContent('Elderly customer');
    expect(helmi).toHaveTextContent(/about \d+ min/);
    expect(helmi).toHaveTextContent('Not tried yet');
    expect(within(helmi).getByRole('link', { name: "Start: Helmi's puzzling invoice" })).toHaveAttribute(
      'href',
      '#/scenario/elderly-invoice-question',
    );
  });

  it('lists the easier scenarios first', () => {
    renderApp('#/');
    const difficulty = cards().map((article) => article.querySelector('.difficulty')?.textContent);
    const order = difficulty.map((text) => ['Easy', 'Medium', 'Hard'].indexOf(text ?? ''));
    expect(order).toEqual([...order].sort());
  });

  it('filters by channel', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'phone');
    expect(titles()).toEqual(["Helmi's puzzling invoice"]);
    expect(screen.getByText('1 of 8 scenarios')).toBeInTheDocument();
  });

  it('filters by customer profile', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Customer' }), 'family');
    expect(titles()).toEqual(['The lost order and a crying child']);
  });

  it('combines filters and offers only the values some scenario has', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    const channel = screen.getByRole('combobox', { name: 'Channel' });
    // Every channel has a shipped scenario now; catalogue-index.test.tsx shows a value with none being left out.
    expect(within(channel).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['all', 'email', 'chat', 'phone', 'face-to-face']);

    await user.selectOptions(channel, 'face-to-face');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Customer' }), 'disability');
    expect(titles()).toEqual(["The accessible hotel you can't get into"]);
  });

  it('searches titles, customers and companies, ignoring case and accents', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    const search = screen.getByRole('searchbox', { name: 'Search' });

    await user.type(search, 'MARMELAAD');
    expect(titles()).toEqual(['The rude trainee']);

    await user.clear(search);
    await user.type(search, 'zamowienie');
    expect(titles()).toEqual(['The lost order and a crying child']);
  });

  it('says when nothing matches and clears every filter at once', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'no such words anywhere');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('No scenario matches these filters.')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(cards()).toHaveLength(8);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it("shows the trainee's best score and number of attempts, and offers another try", () => {
    useProgressStore.getState().addAttempt(anAttempt({ id: 'a1', scenarioId: 'cleaning-no-show', score: 55 }));
    useProgressStore
      .getState()
      .addAttempt(anAttempt({ id: 'a2', scenarioId: 'cleaning-no-show', score: 80, startedAt: '2025-03-15T10:00:00.000Z' }));
    renderApp('#/');

    const noShow = card('The cleaner who never came');
    expect(noShow).toHaveTextContent('Best score 80');
    expect(noShow).toHaveTextContent('2 attempts');
    expect(within(noShow).getByRole('link', { name: 'Try again: The cleaner who never came' })).toBeInTheDocument();
  });

  it('offers "Continue" for a scenario left half-way', () => {
    useSessionStore.setState({
      sessions: {
        'family-late-order': {
          scenarioId: 'family-late-order',
          scenarioVersion: 1,
          lang: 'en',
          mode: 'coach',
          startedAt: '2025-03-14T10:00:00.000Z',
          turnId: 'start',
          history: [],
          draft: 'Good evening, I am so sorry',
        },
      },
    });
    renderApp('#/');

    const family = card('The lost order and a crying child');
    expect(within(family).getByRole('link', { name: 'Continue: The lost order and a crying child' })).toHaveAttribute(
      'href',
      '#/scenario/family-late-order',
    );
    expect(family).toHaveTextContent('In progress: first reply not sent yet');
  });

  it('reaches every card action by keyboard alone', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    const actions = cards().map((article) => within(article).getByRole('link', { name: /^Start: / }));
    const reached = new Set<Element>();
    for (let i = 0; i < 40 && reached.size < actions.length; i++) {
      await user.tab();
      if (document.activeElement && actions.includes(document.activeElement as HTMLElement)) reached.add(document.activeElement);
    }
    expect(reached.size).toBe(actions.length);
  });
});
