import { randomId } from '../../domain/model/randomId';
import type { NewProject, Project } from '../../domain/model/project';
import {
  checkProjectName,
  type ProjectNameCheck,
  type ProjectNameProblem,
} from '../../domain/project/projectName';
import type { Segment, SourceSegment } from '../../domain/model/segment';
import { emptyRichText } from '../../domain/model/richText';
import { readStoredProject } from '../../domain/formats/storedRecords';
import type { WorkspaceDb } from '../db';
import { StoredRecordInvalid } from '../storedRecordInvalid';
import { forgetLogs } from '../writeAheadLog';
import { deleteExportPolicy, deleteQaSettings, deleteViewState, getSetting } from './settings';
import { announceMemoryChange, detachProjectMemory, relabelProjectMemory } from './memory';

export function newProjectId(): string {
  return `p-${randomId()}`;
}

function blankSegment(projectId: string, source: SourceSegment, now: number): Segment {
  return {
    ...source,
    projectId,
    translation: emptyRichText(),
    translationText: '',
    notes: emptyRichText(),
    notesText: '',
    status: 'untranslated',
    updatedAt: now,
  };
}

/** Writes a project and all its segments in one transaction, and makes it the open project. */
export async function createProject(
  db: WorkspaceDb,
  project: NewProject,
  id: string = newProjectId(),
): Promise<Project> {
  const now = Date.now();
  const record: Project = {
    id,
    name: project.name,
    sourceLang: project.sourceLang,
    targetLang: 'en',
    segmentCount: project.segments.length,
    cleaning: project.cleaning,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.projects, db.segments, db.settings, async () => {
    await db.projects.add(record);
    await db.segments.bulkAdd(project.segments.map((segment) => blankSegment(id, segment, now)));
    await db.settings.put({ key: 'activeProjectId', value: id });
  });
  return record;
}

/**
 * Imports the bundled text once, on the very first launch. The check and the write share one
 * transaction, so two tabs opened at once cannot both import it.
 */
export async function ensureDefaultProject(
  db: WorkspaceDb,
  makeProject: () => NewProject,
): Promise<void> {
  await db.transaction('rw', db.projects, db.segments, db.settings, async () => {
    if (await getSetting(db, 'defaultProjectImported')) return;
    await db.settings.put({ key: 'defaultProjectImported', value: true });
    if ((await db.projects.count()) > 0) return;
    await createProject(db, makeProject());
  });
}

/** The projects that are not deleted, oldest first; a row that fails validation is left out. */
export async function listProjects(db: WorkspaceDb): Promise<Project[]> {
  return (await db.projects.orderBy('createdAt').toArray()).flatMap((row) => {
    const read = readStoredProject(row);
    return read.ok && read.value.deletedAt === undefined ? [read.value] : [];
  });
}

/** A project, validated: a row that fails refuses the read, naming the bad field. */
export async function getProject(db: WorkspaceDb, id: string): Promise<Project | undefined> {
  const row: unknown = await db.projects.get(id);
  if (row === undefined) return undefined;
  const read = readStoredProject(row);
  if (!read.ok) throw new StoredRecordInvalid(read.path);
  return read.value;
}

export type RenameResult = ProjectNameCheck | { ok: false; problem: 'missing' };
export type RenameProblem = ProjectNameProblem | 'missing';

/**
 * Renames a project; a name that is empty, blank or too long is refused and nothing is written.
 * The open workspace, the project switcher and export file names follow the stored name.
 */
export async function renameProject(
  db: WorkspaceDb,
  projectId: string,
  typed: string,
): Promise<RenameResult> {
  const checked = checkProjectName(typed);
  if (!checked.ok) return checked;
  let relabelled: string[] = [];
  const changed = await db.transaction('rw', db.projects, db.memory, async () => {
    const updated = await db.projects.update(projectId, {
      name: checked.name,
      updatedAt: Date.now(),
    });
    // The memory's units from this project show the name it has now.
    if (updated === 1) relabelled = await relabelProjectMemory(db, projectId, checked.name);
    return updated;
  });
  announceMemoryChange(db, relabelled);
  return changed === 1 ? checked : { ok: false, problem: 'missing' };
}

/** The project to open: the remembered one if it still exists, else the most recent. */
export async function resolveActiveProjectId(db: WorkspaceDb): Promise<string | null> {
  const remembered = await getSetting(db, 'activeProjectId');
  const project = remembered ? await db.projects.get(remembered) : undefined;
  if (project && project.deletedAt === undefined) return project.id;
  const latest = await db.projects
    .orderBy('updatedAt')
    .filter((candidate) => candidate.deletedAt === undefined)
    .last();
  return latest?.id ?? null;
}

/**
 * Deletes a project so that it can be brought back: it disappears at once and the most recent
 * other project opens; its rows stay until the app next starts (`purgeDeletedProjects`).
 */
export async function deleteProject(db: WorkspaceDb, projectId: string): Promise<void> {
  await db.transaction('rw', db.projects, db.settings, async () => {
    await db.projects.update(projectId, { deletedAt: Date.now() });
    const next = await resolveActiveProjectId(db);
    if (next) await db.settings.put({ key: 'activeProjectId', value: next });
  });
}

/** Undoes `deleteProject` and opens the project again. */
export async function restoreProject(db: WorkspaceDb, projectId: string): Promise<void> {
  await db.transaction('rw', db.projects, db.settings, async () => {
    const project = await db.projects.get(projectId);
    if (!project) return;
    delete project.deletedAt;
    await db.projects.put(project);
    await db.settings.put({ key: 'activeProjectId', value: projectId });
  });
}

/**
 * Removes for good what was deleted before this start: segments, glossary, history, view, export
 * choice. Its translation memory units stay, with the project's name as their origin.
 */
export async function purgeDeletedProjects(db: WorkspaceDb): Promise<void> {
  const tables = [db.projects, db.segments, db.glossary, db.revisions, db.settings, db.memory];
  const detached: string[] = [];
  await db.transaction('rw', tables, async () => {
    const deleted = await db.projects
      .filter((project) => project.deletedAt !== undefined)
      .toArray();
    for (const { id } of deleted) {
      await db.segments.where('projectId').equals(id).delete();
      await db.glossary.where('projectId').equals(id).delete();
      await db.revisions.where('projectId').equals(id).delete();
      await deleteViewState(db, id);
      await deleteExportPolicy(db, id);
      await deleteQaSettings(db, id);
      // Its translations stay in the memory (see detachProjectMemory).
      detached.push(...(await detachProjectMemory(db, id)));
      await db.projects.delete(id);
      forgetLogs(db.name, id);
    }
  });
  announceMemoryChange(db, detached);
}
