import { captureDownloads } from '../../../test/helpers/captureDownloads';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';

// The glossary panel breaks, as a bug in it would break it.
vi.mock('../glossary/useTerminologyIndex', () => ({
  useTerminologyIndex: () => {
    throw new Error('broken glossary');
  },
}));

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

describe('a failing panel', () => {
  it('is replaced by a message with the project file, and the rest keeps working', async () => {
    const user = userEvent.setup();
    await renderApp(db, '標題\n第一段。');
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('This part of the workspace failed');
    expect(failure).toHaveTextContent('broken glossary');
    expect(screen.queryByRole('region', { name: 'Glossary' })).not.toBeInTheDocument();
    const row = screen.getByRole('group', { name: 'Segment 2' });
    expect(within(row).getByRole('textbox', { name: 'English translation' })).toBeInTheDocument();

    const blobs = captureDownloads();
    await user.click(within(failure).getByRole('button', { name: 'Download project file' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const file = JSON.parse(await (blobs[0] as Blob).text()) as { segments: unknown[] };
    expect(file.segments).toHaveLength(2);
  });
});
