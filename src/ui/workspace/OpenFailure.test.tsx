import { captureDownloads } from '../../../test/helpers/captureDownloads';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import { App } from '../../app/App';
import { bootstrap } from '../../app/bootstrap';
import { newProjectFromText } from '../../domain/project/newProjectFromText';
import type { WorkspaceDb } from '../../storage/db';
import { createProject } from '../../storage/repositories/projects';
import { setSetting } from '../../storage/repositories/settings';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

async function startWithDamagedSegment(before: () => Promise<unknown> = async () => undefined) {
  const boot = await bootstrap(db, '標題\n第一段。\n第二段。', ['en-GB']);
  await before();
  const projectId = (await db.projects.orderBy('createdAt').first())?.id ?? '';
  await setSetting(db, 'activeProjectId', projectId);
  const [, second] = await db.segments.where('projectId').equals(projectId).sortBy('order');
  if (!second) throw new Error('the proposal has a second segment');
  // Another script on the same origin (or an older version) wrote a status no version knows.
  await db.segments.put({ ...second, status: 42 as never, translationText: 'garbage' });
  render(<App db={db} boot={boot} />);
  return { projectId, damagedId: second.id };
}

describe('a project that cannot be opened', () => {
  it('says which stored record failed, changes nothing, and opens after a retry once it is mended', async () => {
    const user = userEvent.setup();
    const { projectId, damagedId } = await startWithDamagedSegment();
    const failure = await screen.findByRole('alert');
    expect(within(failure).getByRole('heading')).toHaveTextContent(
      'This project could not be opened',
    );
    // Named as the translator numbers segments, not by the row's internal id.
    expect(failure).toHaveTextContent('Segment 2’s stored data failed validation (field: status)');
    expect(failure).not.toHaveTextContent(damagedId);
    expect(screen.queryByRole('status', { name: /loading/i })).not.toBeInTheDocument();
    expect((await db.segments.get([projectId, damagedId]))?.status).toBe(42);

    await db.segments.update([projectId, damagedId], { status: 'draft' });
    await user.click(within(failure).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('group', { name: 'Segment 3' })).toBeInTheDocument();
  });

  it('offers what could be read as a project file, leaving the damaged record out', async () => {
    const user = userEvent.setup();
    await startWithDamagedSegment();
    const blobs = captureDownloads();
    const failure = await screen.findByRole('alert');
    await user.click(within(failure).getByRole('button', { name: 'Download what could be read' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const file = JSON.parse(await (blobs[0] as Blob).text()) as {
      segments: { source: string }[];
    };
    expect(file.segments.map(({ source }) => source)).toEqual(['標題', '第二段。']);
    expect(failure).toHaveTextContent('1 damaged record was left out');
  });

  it('lets the translator open another project instead', async () => {
    const user = userEvent.setup();
    let otherId = '';
    await startWithDamagedSegment(async () => {
      const other = await createProject(db, {
        ...newProjectFromText('另一個項目\n一段。'),
        name: 'Another project',
      });
      otherId = other.id;
    });
    const failure = await screen.findByRole('alert');
    await user.selectOptions(
      await within(failure).findByRole('combobox', { name: 'Open another project' }),
      otherId,
    );
    expect(await screen.findByRole('group', { name: 'Segment 2' })).toHaveTextContent('一段。');
  });
});
