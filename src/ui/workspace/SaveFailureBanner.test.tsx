import { captureDownloads } from '../../../test/helpers/captureDownloads';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { resolveActiveProjectId } from '../../storage/repositories/projects';
import { loadSegments } from '../../storage/repositories/segments';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

describe('when storage refuses a write', () => {
  it('shows a banner, keeps the edit, and offers the project file from memory', async () => {
    const user = userEvent.setup();
    await renderApp(db, '標題\n第一段。');
    vi.spyOn(db.segments, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const blobs = captureDownloads();
    const segment = screen.getByRole('group', { name: 'Segment 2' });
    await user.click(within(segment).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('Not lost');
    const banner = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(banner).toHaveTextContent('Your latest edits are not saved yet');
    expect(banner).toHaveTextContent('quota');
    await user.click(within(banner).getByRole('button', { name: 'Download project file' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const file = JSON.parse(await (blobs[0] as Blob).text()) as {
      segments: { translationText: string }[];
    };
    expect(file.segments[1]?.translationText).toBe('Not lost');
  });

  it('keeps typing safe while the browser has closed the database, and saves once it reopens', async () => {
    const user = userEvent.setup();
    await renderApp(db, '標題\n第一段。');
    const segment = screen.getByRole('group', { name: 'Segment 2' });
    await user.click(within(segment).getByRole('textbox', { name: 'English translation' }));
    db.close();
    await user.keyboard('Typed while closed');
    const banner = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(banner).toHaveTextContent('Your latest edits are not saved yet');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), {
      timeout: 6000,
    });
    const saved = await loadSegments(db, (await resolveActiveProjectId(db)) ?? '');
    expect(saved[1]?.translationText).toBe('Typed while closed');
  });
});
