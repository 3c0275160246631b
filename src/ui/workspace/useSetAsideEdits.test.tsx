import { captureDownloads } from '../../../test/helpers/captureDownloads';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/helpers/renderWithProviders';
import { sampleProject } from '../../../test/helpers/sampleProject';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { createProject } from '../../storage/repositories/projects';
import { SegmentStore } from '../../storage/segmentStore';
import { ShellNoticeProvider } from '../common/ShellNotice';
import { useSetAsideEdits } from './useSetAsideEdits';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

function Announcer({ store }: { store: SegmentStore }) {
  useSetAsideEdits(store);
  return null;
}

describe('unsaved edits that could not be restored', () => {
  it('are announced with a download, and a dismissed one is kept but not announced again', async () => {
    const user = userEvent.setup();
    const projectId = (await createProject(db, sampleProject(['標題', '第一段。', '第二段。']))).id;
    const malformed = { patch: { translation: 'garbage', status: 42 }, at: Date.now() + 60_000 };
    const orphan = { v: 1, patch: { status: 'draft' }, at: Date.now() + 60_000 };
    localStorage.setItem(
      `wal:${db.name}:${projectId}:closed-tab`,
      JSON.stringify({ s3: malformed, gone: orphan }),
    );
    const store = await SegmentStore.open(db, projectId);
    const blobs = captureDownloads();
    await renderWithProviders(
      db,
      <ShellNoticeProvider activeProjectId={projectId}>
        <Announcer store={store} />
      </ShellNoticeProvider>,
    );

    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.querySelector('p')?.textContent)).toEqual([
      'An unsaved edit of segment 3 could not be restored: it is kept apart.',
      'An unsaved edit could not be restored: it is kept apart.',
    ]);

    await user.click(within(alerts[0] as HTMLElement).getByRole('button', { name: 'Download it' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(JSON.parse(await (blobs[0] as Blob).text())).toMatchObject({
      segmentId: 's3',
      entry: malformed,
    });

    await user.click(within(alerts[1] as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(store.getSetAsideEdits()).toEqual([expect.objectContaining({ segmentId: 's3' })]);
    expect(localStorage.getItem(`wal-aside:${db.name}:${projectId}`)).toContain('"gone"');
  });
});
