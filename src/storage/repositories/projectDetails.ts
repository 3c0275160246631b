import {
  isLanguageTag,
  isPublicationDate,
  type ProjectDetails,
} from '../../domain/model/projectDetails';
import type { WorkspaceDb } from '../db';

export type ProjectDetailsProblem = 'publicationDate' | 'targetLang' | 'missing';

export type ProjectDetailsResult = { ok: true } | { ok: false; problem: ProjectDetailsProblem };

/**
 * Saves a project's details and English variant; a date that is not a real day or a language
 * that is not a tag is refused and nothing is written. Names and titles are kept trimmed.
 */
export async function saveProjectDetails(
  db: WorkspaceDb,
  projectId: string,
  details: ProjectDetails,
  targetLang: string,
): Promise<ProjectDetailsResult> {
  if (!isPublicationDate(details.publicationDate)) return { ok: false, problem: 'publicationDate' };
  if (!isLanguageTag(targetLang)) return { ok: false, problem: 'targetLang' };
  const changed = await db.projects.update(projectId, {
    details: {
      title: details.title.trim(),
      translator: details.translator.trim(),
      publicationDate: details.publicationDate,
    },
    targetLang,
    updatedAt: Date.now(),
  });
  return changed === 1 ? { ok: true } : { ok: false, problem: 'missing' };
}
