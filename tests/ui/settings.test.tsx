// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useProgressStore } from '../../src/store/progress-store';
import { useSettingsStore } from '../../src/store/settings-store';
import { anAttempt } from '../store/progress-fixtures';
import { freshStart, renderApp } from './shell-render';

beforeEach(async () => {
  await freshStart('en');
});

const group = (name: string) => screen.getByRole('group', { name });

describe('settings', () => {
  it('switches the interface language at once', async () => {
    const user = userEvent.setup();
    renderApp('#/settings');
    await user.click(within(group('Interface language')).getByRole('radio', { name: 'Polski' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ustawienia' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('pl'));
  });

  it('keeps a content-language preference apart from the interface language', async () => {
    const user = userEvent.setup();
    renderApp('#/settings');
    const content = group('Scenario language');
    expect(within(content).getByRole('radio', { name: 'Same as the interface' })).toBeChecked();

    await user.click(within(content).getByRole('radio', { name: 'Estonian' }));

    expect(useSettingsStore.getState()).toMatchObject({ contentLang: 'et', uiLang: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('sets the mode a scenario starts in, explaining each', async () => {
    const user = userEvent.setup();
    renderApp('#/settings');
    const mode = group('Mode a scenario starts in');
    expect(mode).toHaveTextContent('No hints while you write');
    await user.click(within(mode).getByRole('radio', { name: /^Exam/ }));
    expect(useSettingsStore.getState().defaultMode).toBe('exam');
  });

  it('moves between the options of a group with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('#/settings');
    const size = group('Text size');
    within(size).getByRole('radio', { name: 'Normal' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(size).getByRole('radio', { name: 'Large' })).toBeChecked();
    expect(document.documentElement.dataset.textSize).toBe('large');
  });

  it('resets the settings only after asking, and can be cancelled with Escape', async () => {
    const user = userEvent.setup();
    useSettingsStore.getState().setTextSize('larger');
    useSettingsStore.getState().setDefaultMode('exam');
    renderApp('#/settings');

    const trigger = screen.getByRole('button', { name: 'Reset settings…' });
    await user.click(trigger);
    expect(screen.getByText('Reset all settings to their defaults?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset settings' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Reset settings…' })).toHaveFocus();
    expect(useSettingsStore.getState().textSize).toBe('larger');

    await user.click(screen.getByRole('button', { name: 'Reset settings…' }));
    await user.click(screen.getByRole('button', { name: 'Reset settings' }));
    expect(useSettingsStore.getState()).toMatchObject({ textSize: 'normal', defaultMode: 'coach', contentLang: 'auto' });
    expect(screen.getByText('Settings were reset.')).toBeInTheDocument();
  });

  it('deletes all progress after confirming, saying how much will go', async () => {
    const user = userEvent.setup();
    useProgressStore.getState().addAttempt(anAttempt({ id: 'a1' }));
    useProgressStore.getState().addAttempt(anAttempt({ id: 'a2', startedAt: '2025-03-02T10:00:00.000Z' }));
    renderApp('#/settings');

    expect(screen.getByText(/2 attempts are saved in this browser/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete progress…' }));
    expect(screen.getByText('Delete 2 attempts for good?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useProgressStore.getState().attempts).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete progress…' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(useProgressStore.getState().attempts).toEqual([]);
    expect(screen.getByText('All progress was deleted.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete progress…' })).toBeDisabled();
    expect(screen.getByRole('heading', { level: 2, name: 'Reset' })).toHaveFocus();
  });
});
