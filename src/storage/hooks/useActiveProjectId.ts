import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkspaceDb } from '../db';
import { resolveActiveProjectId } from '../repositories/projects';

/** The open project's id, live: a new, imported, switched or deleted project moves it. */
export function useActiveProjectId(db: WorkspaceDb): string | null | undefined {
  return useLiveQuery(() => resolveActiveProjectId(db), [db]);
}
