import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../db';
import { listGlossary } from '../repositories/glossary';
import { loadSegments } from '../repositories/segments';
import { schemaVersions } from '../schemaVersions';
import { version3Fixture } from './fixtures/version3';

describe('upgrade to version 4', () => {
  it('keeps everything of a version 3 database and starts the memory with its confirmed segments', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    const old = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter(({ version }) => version <= 3))
      old.version(version).stores({ ...stores });
    await old.open();
    await old.table('projects').bulkAdd(version3Fixture.projects);
    await old.table('segments').bulkAdd(version3Fixture.segments);
    await old.table('settings').bulkAdd(version3Fixture.settings);
    await old.table('glossary').bulkAdd(version3Fixture.glossary);
    await old.table('revisions').bulkAdd(version3Fixture.revisions);
    old.close();

    const db = new WorkspaceDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.projects.toArray()).toEqual(version3Fixture.projects);
    expect(await loadSegments(db, 'p-fixture')).toEqual(version3Fixture.segments);
    expect(await db.settings.toArray()).toEqual(expect.arrayContaining(version3Fixture.settings));
    expect(await listGlossary(db, 'p-fixture')).toEqual(version3Fixture.glossary);
    expect(await db.revisions.count()).toBe(version3Fixture.revisions.length);

    // The translated title is in the memory; the do-not-translate disclaimer is not.
    const [title, disclaimer] = version3Fixture.segments;
    const memory = await db.memory.toArray();
    expect(memory).toEqual([
      expect.objectContaining({
        id: `project:p-fixture:${title?.id}`,
        source: title?.source,
        target: title?.translationText,
        projectId: 'p-fixture',
        origin: expect.objectContaining({ kind: 'project', segmentId: title?.id }),
        nextSource: disclaimer?.source,
      }),
    ]);
    db.close();
  });
});
