import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../db';
import { schemaVersions } from '../schemaVersions';
import { loadSegments } from '../repositories/segments';
import { listGlossary } from '../repositories/glossary';
import { version1Fixture } from './fixtures/version1';

describe('upgrade to version 2', () => {
  it('keeps every project, segment and setting of a version 1 database and adds the glossary', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({ ...schemaVersions[0]?.stores });
    await old.open();
    await old.table('projects').bulkAdd(version1Fixture.projects);
    await old.table('segments').bulkAdd(version1Fixture.segments);
    await old.table('settings').bulkAdd(version1Fixture.settings);
    old.close();

    const db = new WorkspaceDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.projects.toArray()).toEqual(version1Fixture.projects);
    expect(await loadSegments(db, 'p-fixture')).toEqual(version1Fixture.segments);
    expect(await db.settings.toArray()).toEqual(expect.arrayContaining(version1Fixture.settings));
    expect(await listGlossary(db, 'p-fixture')).toEqual([]);
    db.close();
  });
});
