import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { Project } from '../../domain/model/project';
import { randomId } from '../../domain/model/randomId';
import type { ProjectDocument } from '../../domain/project/projectDocument';
import type { WorkspaceDb } from '../db';
import { listGlossary } from './glossary';
import { newProjectId } from './projects';
import { loadSegments } from './segments';

/** A project as stored, in one read transaction: what every export starts from. */
export async function loadProjectDocument(
  db: WorkspaceDb,
  projectId: string,
): Promise<ProjectDocument | undefined> {
  return db.transaction('r', db.projects, db.segments, db.glossary, async () => {
    const project = await db.projects.get(projectId);
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
