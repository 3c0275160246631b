import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../db';
import { listGlossary } from '../repositories/glossary';
import { listRevisions } from '../repositories/revisions';
import { loadSegments } from '../repositories/segments';
import { schemaVersions } from '../schemaVersions';
import { version2Fixture } from './fixtures/version2';

describe('upgrade to version 3', () => {
  it('keeps everything of a version 2 database and starts each worked segment’s history', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    const old = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter(({ version }) => version <= 2))
      old.version(version).stores({ ...stores });
    await old.open();
    await old.table('projects').bulkAdd(version2Fixture.projects);
    await old.table('segments').bulkAdd(version2Fixture.segments);
    await old.table('settings').bulkAdd(version2Fixture.settings);
    await old.table('glossary').bulkAdd(version2Fixture.glossary);
    old.close();

    const db = new WorkspaceDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.projects.toArray()).toEqual(version2Fixture.projects);
    expect(await loadSegments(db, 'p-fixture')).toEqual(version2Fixture.segments);
    expect(await db.settings.toArray()).toEqual(expect.arrayContaining(version2Fixture.settings));
    expect(await listGlossary(db, 'p-fixture')).toEqual(version2Fixture.glossary);
    const [title, disclaimer] = version2Fixture.segments;
    expect(await listRevisions(db, 'p-fixture', 's1x2y3')).toEqual([
      expect.objectContaining({
        translationText: title?.translationText,
        translation: title?.translation,
        status: 'translated',
        savedAt: title?.updatedAt,
      }),
    ]);
    expect(await listRevisions(db, 'p-fixture', 's9z8w7')).toEqual([
      expect.objectContaining({ notesText: disclaimer?.notesText, status: 'do-not-translate' }),
    ]);
    db.close();
  });
});
