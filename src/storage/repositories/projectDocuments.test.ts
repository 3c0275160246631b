import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../test/helpers/sampleDocument';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../db';
import { createProjectFromDocument, loadProjectDocument } from './projectDocuments';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('project documents', () => {
  it('opens a project file as a new project and reads it back the same', async () => {
    const created = await createProjectFromDocument(db, sampleDocument);
    expect(created.id).not.toBe(sampleDocument.project.id);
    const loaded = await loadProjectDocument(db, created.id);
    expect(
      loaded?.segments.map((segment) => [segment.id, segment.translationText, segment.status]),
    ).toEqual(
      sampleDocument.segments.map((segment) => [
        segment.id,
        segment.translationText,
        segment.status,
      ]),
    );
    expect(loaded?.glossary.map((entry) => entry.source)).toEqual(['產業互聯網']);
  });

  it('opens the same file twice as two projects', async () => {
    const first = await createProjectFromDocument(db, sampleDocument);
    const second = await createProjectFromDocument(db, sampleDocument);
    expect(first.id).not.toBe(second.id);
    expect(await db.projects.count()).toBe(2);
  });
});
