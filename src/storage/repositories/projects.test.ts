import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProject } from '../../../test/helpers/sampleProject';
import { freshDb } from '../../../test/helpers/testDb';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import type { WorkspaceDb } from '../db';
import { addTerm } from './glossary';
import {
  createProject,
  deleteProject,
  getProject,
  listProjects,
  purgeDeletedProjects,
  renameProject,
  resolveActiveProjectId,
  restoreProject,
} from './projects';
import { saveSegmentPatches } from './segments';
import { getExportPolicy, getSetting, setExportPolicy } from './settings';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('deleting a project', () => {
  it('hides it, opens another, and undo brings it back whole', async () => {
    const kept = await createProject(db, sampleProject(['甲'], 'Kept'));
    const doomed = await createProject(db, sampleProject(['乙', '丙'], 'Doomed'));
    await deleteProject(db, doomed.id);
    expect((await listProjects(db)).map((project) => project.name)).toEqual(['Kept']);
    expect(await resolveActiveProjectId(db)).toBe(kept.id);
    await restoreProject(db, doomed.id);
    expect((await listProjects(db)).map((project) => project.name)).toEqual(['Kept', 'Doomed']);
    expect(await getSetting(db, 'activeProjectId')).toBe(doomed.id);
    expect(await db.segments.where('projectId').equals(doomed.id).count()).toBe(2);
  });

  it('removes every row of a deleted project when the app next starts, and nothing else', async () => {
    const kept = await createProject(db, sampleProject(['甲'], 'Kept'));
    const doomed = await createProject(db, sampleProject(['乙'], 'Doomed'));
    for (const project of [kept, doomed]) {
      await saveSegmentPatches(
        db,
        project.id,
        new Map([['s1', { translation: plainTextToRichText('x'), translationText: 'x' }]]),
      );
      await addTerm(db, project.id, {
        source: '甲乙',
        targets: ['ab'],
        status: 'preferred',
        partOfSpeech: null,
        noteText: '',
      });
    }
    await deleteProject(db, doomed.id);
    await purgeDeletedProjects(db);
    for (const table of [db.segments, db.glossary, db.revisions]) {
      expect(await table.where('projectId').equals(doomed.id).count()).toBe(0);
      expect(await table.where('projectId').equals(kept.id).count()).toBe(1);
    }
    expect(await db.projects.get(doomed.id)).toBeUndefined();
  });

  it('also forgets the deleted project’s export choice', async () => {
    const kept = await createProject(db, sampleProject(['甲'], 'Kept'));
    const doomed = await createProject(db, sampleProject(['乙'], 'Doomed'));
    await setExportPolicy(db, kept.id, 'omit');
    await setExportPolicy(db, doomed.id, 'source');
    await deleteProject(db, doomed.id);
    await purgeDeletedProjects(db);
    expect(await db.settings.get(`exportPolicy:${doomed.id}`)).toBeUndefined();
    expect(await getExportPolicy(db, kept.id)).toBe('omit');
  });

  it('also forgets the deleted project’s logs and view mirror in localStorage', async () => {
    await createProject(db, sampleProject(['甲'], 'Kept'));
    const doomed = await createProject(db, sampleProject(['乙'], 'Doomed'));
    localStorage.setItem(`wal:${db.name}:${doomed.id}:tab`, '{}');
    localStorage.setItem(`view:${db.name}:${doomed.id}`, '{}');
    await deleteProject(db, doomed.id);
    await purgeDeletedProjects(db);
    expect(localStorage.getItem(`wal:${db.name}:${doomed.id}:tab`)).toBeNull();
    expect(localStorage.getItem(`view:${db.name}:${doomed.id}`)).toBeNull();
  });
});

describe('renaming a project', () => {
  it('writes the trimmed name and nothing else', async () => {
    const project = await createProject(db, sampleProject(['甲'], 'Draft title'));
    const other = await createProject(db, sampleProject(['乙'], 'Other'));
    expect(await renameProject(db, project.id, '  Action plan  ')).toEqual({
      ok: true,
      name: 'Action plan',
    });
    const stored = await getProject(db, project.id);
    expect(stored).toEqual({ ...project, name: 'Action plan', updatedAt: stored?.updatedAt });
    expect((await getProject(db, other.id))?.name).toBe('Other');
  });

  it.each([[''], ['   '], ['字'.repeat(61)]])('refuses %j and writes nothing', async (name) => {
    const project = await createProject(db, sampleProject(['甲'], 'Kept'));
    expect((await renameProject(db, project.id, name)).ok).toBe(false);
    expect(await getProject(db, project.id)).toEqual(project);
  });

  it('refuses a project that no longer exists', async () => {
    expect(await renameProject(db, 'p-gone', 'Name')).toEqual({ ok: false, problem: 'missing' });
    expect(await db.projects.count()).toBe(0);
  });
});
