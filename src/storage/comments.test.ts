import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../test/helpers/testDb';
import { sampleProject } from '../../test/helpers/sampleProject';
import { newComment } from '../domain/comments/sourceComment';
import type { WorkspaceDb } from './db';
import { createProject, deleteProject, purgeDeletedProjects } from './repositories/projects';
import { createProjectFromDocument, loadProjectDocument } from './repositories/projectDocuments';
import { loadSegments } from './repositories/segments';
import { readProjectFile, writeProjectFile } from '../domain/formats/projectFile/projectFile';
import { SegmentStore } from './segmentStore';

let db: WorkspaceDb;
let projectId: string;

beforeEach(async () => {
  db = freshDb();
  projectId = (await createProject(db, sampleProject(['標題', '筑牢數字經發展的戰略基石。']))).id;
});

afterEach(() => {
  db.close();
});

describe('comments in storage', () => {
  it('are written through the segment queue, survive a reload and travel in the project file', async () => {
    const store = await SegmentStore.open(db, projectId, { debounceMs: 10 });
    const source = store.get('s2')?.source ?? '';
    const comment = newComment(
      source,
      { offset: source.indexOf('數字經發展'), length: 5 },
      'Missing 濟?',
      'Lin Wei',
      1_700_000_000_000,
    );
    store.update('s2', { comments: [comment] });
    await store.flush();
    store.close();

    const reopened = await SegmentStore.open(db, projectId);
    expect(reopened.get('s2')?.comments).toEqual([comment]);
    // A comment is not an edit of the translation: its status stays as it was.
    expect(reopened.get('s2')?.status).toBe('untranslated');
    reopened.close();

    const document = await loadProjectDocument(db, projectId);
    if (!document) throw new Error('project not found');
    const read = readProjectFile(writeProjectFile(document));
    expect(read.ok && read.document.segments[1]?.comments).toEqual([comment]);
    if (!read.ok) return;
    const copy = await createProjectFromDocument(db, read.document);
    expect((await loadSegments(db, copy.id))[1]?.comments).toEqual([comment]);
  });

  it('are deleted with their project', async () => {
    const store = await SegmentStore.open(db, projectId, { debounceMs: 10 });
    const source = store.get('s2')?.source ?? '';
    store.update('s2', { comments: [newComment(source, { offset: 0, length: 2 }, 'Q', '', 1)] });
    await store.flush();
    store.close();
    await deleteProject(db, projectId);
    await purgeDeletedProjects(db);
    expect(await db.segments.where('projectId').equals(projectId).count()).toBe(0);
  });

  it('come back from the write-ahead log after a crash before the write', async () => {
    const store = await SegmentStore.open(db, projectId, { debounceMs: 60_000, maxWaitMs: 60_000 });
    const source = store.get('s2')?.source ?? '';
    const comment = newComment(source, { offset: 2, length: 5 }, 'Unsaved', 'Lin Wei', 2);
    store.update('s2', { comments: [comment] });
    // The tab dies here: nothing reached IndexedDB, only the log.
    store.close();
    expect((await loadSegments(db, projectId))[1]?.comments).toBeUndefined();
    const reopened = await SegmentStore.open(db, projectId, { debounceMs: 10 });
    expect(reopened.get('s2')?.comments).toEqual([comment]);
    await vi.waitFor(async () =>
      expect((await loadSegments(db, projectId))[1]?.comments).toEqual([comment]),
    );
    reopened.close();
  });
});
