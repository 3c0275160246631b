import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSettings, renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';

const text = ['產業互聯網建議', '第一段內容。'].join('\n');

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('Settings', () => {
  it('holds the less frequent controls one click away, and Esc closes it', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    expect(screen.queryByRole('button', { name: 'New project' })).not.toBeInTheDocument();
    await openSettings(user);
    const panel = screen.getByRole('group', { name: 'Settings' });
    for (const name of ['New project', 'Delete project', 'Keyboard shortcuts']) {
      expect(within(panel).getByRole('button', { name })).toBeVisible();
    }
    for (const name of ['Interface language', 'Theme', 'Text size']) {
      expect(within(panel).getByRole('combobox', { name })).toBeVisible();
    }
    expect(within(panel).getByRole('checkbox', { name: 'Show readings' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Settings' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('applies a setting the browser refuses to store, and says it will not be kept', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    vi.spyOn(db.settings, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await openSettings(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(
      await screen.findByText(
        /Keeping this setting for the next start did not work: The quota has been exceeded/,
      ),
    ).toBeInTheDocument();
    vi.restoreAllMocks();
    delete document.documentElement.dataset.theme;
  });

  it('applies the theme, text size and notes column at once and keeps them for the next start', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderApp(db, text);
    await openSettings(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Text size' }), 'large');
    await user.click(screen.getByRole('checkbox', { name: 'Notes in a column of their own' }));
    const root = document.documentElement;
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.textSize).toBe('large');
    expect(screen.getByRole('region', { name: 'Segments' })).toHaveClass(
      'segment-list--notes-column',
    );
    unmount();
    delete root.dataset.theme;
    await renderApp(db, text);
    await waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(root.dataset.textSize).toBe('large');
    expect(screen.getByRole('region', { name: 'Segments' })).toHaveClass(
      'segment-list--notes-column',
    );
  });

  it('follows the system theme by default', async () => {
    await renderApp(db, text);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('system'));
  });
});
