// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSettingsStore } from '../../src/store/settings-store';
import { freshStart, renderApp } from './shell-render';

beforeEach(async () => {
  await freshStart('en');
});

describe('the language switch in the header', () => {
  it('turns the whole interface Estonian, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('#/');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'et');

    expect(await screen.findByRole('heading', { level: 1, name: 'Harjutused' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Minu edusammud' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kasutajaliidese keel' })).toHaveValue('et');
    await waitFor(() => expect(document.documentElement.lang).toBe('et'));
    expect(useSettingsStore.getState()).toMatchObject({ uiLang: 'et', uiLangChosen: true });
    expect(JSON.parse(localStorage.getItem('complaint-coach.settings') ?? '{}').state.uiLang).toBe('et');
  });

  it('names every language in itself, whatever the interface language', () => {
    renderApp('#/');
    const options = within(screen.getByRole('combobox', { name: 'Interface language' })).getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['Eesti keel', 'et'],
      ['English', 'en'],
      ['Polski', 'pl'],
    ]);
  });

  it('switches to Polish with Polish plural forms', async () => {
    const user = userEvent.setup();
    renderApp('#/');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'pl');

    expect(await screen.findByRole('heading', { level: 1, name: 'Scenariusze' })).toBeInTheDocument();
    // Eight: the "many" form in Polish.
    expect(screen.getByText('8 scenariuszy')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Szukaj' }), 'sprzątanie');
    expect(screen.getByText(/^\d z 8 scenariuszy$/)).toBeInTheDocument();
  });

  it('shows the scenarios in the interface language when they have it', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    expect(screen.getByRole('heading', { level: 3, name: 'The cleaner who never came' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'et');

    expect(await screen.findByRole('heading', { level: 3, name: 'Koristaja ei tulnud' })).not.toHaveAttribute('lang');
  });

  it('follows the content-language preference over the interface language, marking the text', async () => {
    useSettingsStore.getState().setContentLang('pl');
    renderApp('#/');
    const title = screen.getByRole('heading', { level: 3, name: 'Nikt nie przyszedł' });
    expect(title).toHaveAttribute('lang', 'pl');
  });
});
