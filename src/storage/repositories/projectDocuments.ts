import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { Project } from '../../domain/model/project';
import { randomId } from '../../domain/model/randomId';
import type { ProjectDocument } from '../../domain/project/projectDocument';
import type { WorkspaceDb } from '../db';
import { readStoredProject } from '../../domain/formats/storedRecords';
import { listGlossary, readGlossary } from './glossary';
import { getProject, newProjectId } from './projects';
import { loadSegments, salvageSegments } from './segments';

/** A project as stored, in one read transaction: what every export starts from. */
export async function loadProjectDocument(
  db: WorkspaceDb,
  projectId: string,
): Promise<ProjectDocument | undefined> {
  return db.transaction('r', db.projects, db.segments, db.glossary, async () => {
    const project = await getProject(db, projectId);
    if (!project) return undefined;
    const [segments, glossary] = await Promise.all([
      loadSegments(db, projectId),
      listGlossary(db, projectId),
    ]);
    return { project, segments, glossary };
  });
}

/**
 * Opens a project file as a new project (new ids, so it never overwrites one already here), in
 * one transaction: all of it is written, or nothing.
 */
export async function createProjectFromDocument(
  db: WorkspaceDb,
  document: ProjectDocument,
): Promise<Project> {
  const id = newProjectId();
  const now = Date.now();
  const project: Project = { ...document.project, id, createdAt: now, updatedAt: now };
  const glossary: GlossaryEntry[] = document.glossary.map((entry) => ({
    ...entry,
    id: `g-${randomId()}`,
    projectId: id,
  }));
  await db.transaction('rw', db.projects, db.segments, db.glossary, db.settings, async () => {
    await db.projects.add(project);
    await db.segments.bulkAdd(
      document.segments.map((segment, order) => ({ ...segment, projectId: id, order })),
    );
    await db.glossary.bulkAdd(glossary);
    await db.settings.put({ key: 'activeProjectId', value: id });
  });
  return project;
}

/**
 * Everything of a project that still validates, for a project file when the project cannot be
 * opened: rows that fail are left out and named. A project row that is itself damaged is
 * replaced by a minimal one, so the segments are not lost with it. Null when nothing is left.
 */
export async function salvageProjectDocument(
  db: WorkspaceDb,
  projectId: string,
  fallbackName: string,
): Promise<{ document: ProjectDocument; unreadable: string[] } | null> {
  return db.transaction('r', db.projects, db.segments, db.glossary, async () => {
    const unreadable: string[] = [];
    const row: unknown = await db.projects.get(projectId);
    const read = row === undefined ? null : readStoredProject(row);
    if (read && !read.ok) unreadable.push(read.path);
    const { segments, unreadable: badSegments } = await salvageSegments(db, projectId);
    const { entries, unreadable: badEntries } = await readGlossary(db, projectId);
    unreadable.push(...badSegments, ...badEntries);
    if (!read?.ok && segments.length === 0) return null;
    const now = Date.now();
    const project: Project = read?.ok
      ? read.value
      : {
          id: projectId,
          name: fallbackName,
          sourceLang: 'zh',
          targetLang: 'en',
          segmentCount: segments.length,
          cleaning: { readingsRemoved: 0, segmentsChanged: 0 },
          createdAt: now,
          updatedAt: now,
        };
    return { document: { project, segments, glossary: entries }, unreadable };
  });
}
