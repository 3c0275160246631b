import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProject } from '../../../test/helpers/sampleProject';
import { freshDb } from '../../../test/helpers/testDb';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import type { WorkspaceDb } from '../db';
import { memoryUnitIdOf, type MemoryUnit } from '../../domain/memory/memoryUnit';
import { addTerm } from './glossary';
import { getMemoryUnits, putMemoryUnits } from './memory';
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

/** A confirmed segment's unit in the memory, as the memory feeder writes it. */
function projectUnit(projectId: string, projectName: string, segmentId: string): MemoryUnit {
  return {
    id: memoryUnitIdOf(projectId, segmentId),
    source: '加快推進工業互聯網創新發展',
    target: 'Speed up innovation in the industrial internet',
    sourceLang: 'zh-Hant',
    targetLang: 'en',
    origin: { kind: 'project', projectId, segmentId, projectName },
    projectId,
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('the memory of a renamed or deleted project', () => {
  it('shows the new name as the origin of the project’s units, and only of those', async () => {
    const project = await createProject(db, sampleProject(['甲'], 'Draft title'));
    const other = await createProject(db, sampleProject(['乙'], 'Other'));
    await putMemoryUnits(db, [
      projectUnit(project.id, 'Draft title', 's1'),
      projectUnit(other.id, 'Other', 's1'),
    ]);
    await renameProject(db, project.id, 'Action plan');
    const [renamed, untouched] = await getMemoryUnits(db, [
      memoryUnitIdOf(project.id, 's1'),
      memoryUnitIdOf(other.id, 's1'),
    ]);
    expect(renamed?.origin).toMatchObject({ projectName: 'Action plan', segmentId: 's1' });
    expect(untouched?.origin).toMatchObject({ projectName: 'Other' });
  });

  it('keeps the units of a project deleted for good, under its last name, in no project', async () => {
    await createProject(db, sampleProject(['甲'], 'Kept'));
    const doomed = await createProject(db, sampleProject(['乙'], 'Doomed'));
    await putMemoryUnits(db, [projectUnit(doomed.id, 'Doomed', 's1')]);
    await deleteProject(db, doomed.id);
    // Deleted but restorable: nothing changes yet.
    expect(await db.memory.where('projectId').equals(doomed.id).count()).toBe(1);
    await purgeDeletedProjects(db);
    const [kept] = await getMemoryUnits(db, [memoryUnitIdOf(doomed.id, 's1')]);
    expect(kept).toMatchObject({
      target: 'Speed up innovation in the industrial internet',
      origin: { kind: 'project', projectName: 'Doomed' },
    });
    expect(kept?.projectId).toBeUndefined();
    expect(await db.memory.where('projectId').equals(doomed.id).count()).toBe(0);
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
