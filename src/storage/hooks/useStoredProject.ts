import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../db';
import { getProject } from '../repositories/projects';

/**
 * The stored project row, kept current: for a dialog about the project's own fields (its
 * details), not for the workspace, which every save would re-render through the row's updatedAt.
 * `undefined` while loading, `null` when the project is gone or no longer validates.
 */
export function useStoredProject(db: WorkspaceDb, projectId: string): Project | null | undefined {
  return useLiveQuery(
    async () => (await getProject(db, projectId).catch(() => undefined)) ?? null,
    [db, projectId],
  );
}
