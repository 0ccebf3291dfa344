// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioSummary } from '../../src/ui/catalogue/scenario-summary';
import { freshStart, renderApp } from './shell-render';

/** An index as the build would make it from one good Polish-only file and one broken file. */
vi.mock('virtual:scenario-index', () => {
  const polishOnly: ScenarioSummary = {
    id: 'bank-card-blocked',
    version: 1,
    languages: ['pl'],
    title: { pl: 'Zablokowana karta' },
    summary: { pl: 'Klientka nie może zapłacić kartą za granicą.' },
    channel: 'chat',
    setting: 'bank',
    difficulty: 'easy',
    estimatedMinutes: 5,
    company: 'Bank Przykładowy',
    customer: { name: 'Anna Nowak', profile: ['polite'] },
  };
  return {
    default: {
      scenarios: [polishOnly],
      errors: [
        { file: 'scenarios/hotel-noise.json', path: '(file)', message: 'not valid JSON at line 3, column 5: unexpected "}"' },
        { file: 'scenarios/hotel-noise.json', path: 'title.et', message: 'expected a string' },
      ],
    },
  };
});

beforeEach(async () => {
  await freshStart('en');
});

describe('a catalogue with a broken scenario file', () => {
  it('leaves the broken file out with a visible notice and shows the others', async () => {
    const user = userEvent.setup();
    renderApp('#/');

    expect(screen.getByText('A scenario file could not be loaded')).toBeInTheDocument();
    expect(screen.getByText(/It is left out of the list; every other scenario works as usual \(scenarios\/hotel-noise\.json\)/)).toBeInTheDocument();
    await user.click(screen.getByText("Details for the scenario's author"));
    expect(screen.getByText('scenarios/hotel-noise.json: (file): not valid JSON at line 3, column 5: unexpected "}"')).toBeVisible();
    expect(screen.getByText('scenarios/hotel-noise.json: title.et: expected a string')).toBeVisible();

    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('shows a scenario in its first language when it lacks the interface language, marked as such', () => {
    renderApp('#/');
    const title = screen.getByRole('heading', { level: 3, name: 'Zablokowana karta' });
    expect(title).toHaveAttribute('lang', 'pl');
    expect(within(screen.getByRole('article')).getByText('Chat')).toBeInTheDocument();
  });

  it('hides scenarios that lack the language chosen in the filter', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(within(language).getAllByRole('option').map((o) => o.textContent)).toEqual(['All languages', 'Polish']);
    await user.selectOptions(language, 'pl');
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});
