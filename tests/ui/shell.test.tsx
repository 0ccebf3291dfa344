// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressStore } from '../../src/store/progress-store';
import { useSettingsStore } from '../../src/store/settings-store';
import { captureDownloads, freshStart, goTo, renderApp } from './shell-render';

beforeEach(async () => {
  await freshStart('en');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the app shell', () => {
  it('opens on the catalogue with the product name and the three destinations', () => {
    renderApp('#/');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Complaint Coach' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Scenarios' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'My progress' })).toHaveAttribute('href', '#/progress');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
    expect(screen.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeInTheDocument();
    expect(document.title).toBe('Scenarios · Complaint Coach');
  });

  it('opens any screen straight from its address', () => {
    renderApp('#/settings');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });

  it.each(['#/scenario/cleaning-no-show', '#/scenario/cleaning-no-show/debrief/a-1'])(
    'marks Scenarios as the current section on %s',
    (hash) => {
      renderApp(hash);
      const nav = screen.getByRole('navigation', { name: 'Main' });
      expect(within(nav).getByRole('link', { name: 'Scenarios' })).toHaveAttribute('aria-current', 'page');
      expect(within(nav).getByRole('link', { name: 'My progress' })).not.toHaveAttribute('aria-current');
    },
  );

  it('follows links between screens and moves focus to the new heading', async () => {
    renderApp('#/');
    await goTo('#/progress');
    const heading = screen.getByRole('heading', { level: 1, name: 'My progress' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: 'My progress' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers a skip link that moves focus to the content without changing the route', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/');
  });

  it('says so when an address leads nowhere, with a way back', () => {
    renderApp('#/nowhere/at-all');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to scenarios' })).toHaveAttribute('href', '#/');
  });

  it('names the missing scenario when a link points at one that does not exist', () => {
    renderApp('#/scenario/no-such-scenario');
    expect(screen.getByRole('heading', { level: 1, name: 'Scenario not found' })).toBeInTheDocument();
    expect(screen.getByText(/no-such-scenario/)).toBeInTheDocument();
  });

  it('applies the text-size setting to the whole page', async () => {
    renderApp('#/');
    await act(async () => useSettingsStore.getState().setTextSize('larger'));
    expect(document.documentElement.dataset.textSize).toBe('larger');
  });
});

describe('recovering from damaged saved data', () => {
  it('starts, says the saved progress was reset, and offers the damaged data as a download', async () => {
    const downloads = captureDownloads();
    const damaged = '{"state":{"attempts":[{"id":"a1","score":';
    localStorage.setItem('complaint-coach.progress', damaged);
    await useProgressStore.persist.rehydrate();

    const user = userEvent.setup();
    renderApp('#/');

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your saved progress could not be read and was reset');
    expect(alert).toHaveTextContent('damaged');
    expect(screen.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Download the old data' }));
    expect(downloads.files).toHaveLength(1);
    expect(downloads.files[0]?.name).toMatch(/^complaint-coach\.progress-unreadable-\d{4}-\d{2}-\d{2}\.txt$/);
    await expect(downloads.files[0]?.text).resolves.toBe(damaged);
    downloads.restore();
  });

  it('names foreign data as such and forgets it once the user deletes it', async () => {
    localStorage.setItem('complaint-coach.settings', JSON.stringify({ state: { theme: 'dark', user: 'x' }, version: 1 }));
    await useSettingsStore.persist.rehydrate();

    const user = userEvent.setup();
    renderApp('#/');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your settings could not be read and were reset');
    expect(alert).toHaveTextContent('not in the form this app saves');

    await user.click(within(alert).getByRole('button', { name: 'Delete the old data' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(localStorage.getItem('complaint-coach.settings.unreadable')).toBeNull();
  });

  it('warns when the storage is full, keeps working, and keeps the change on screen', async () => {
    const user = userEvent.setup();
    renderApp('#/settings');
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota;
    });

    await user.click(screen.getByRole('radio', { name: 'Larger' }));

    expect(screen.getByRole('alert')).toHaveTextContent("The browser's storage is full");
    expect(screen.getByRole('radio', { name: 'Larger' })).toBeChecked();
    expect(document.documentElement.dataset.textSize).toBe('larger');
  });
});
