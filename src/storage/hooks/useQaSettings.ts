import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkspaceDb } from '../db';
import { getQaSettings, type QaSettings } from '../repositories/settings';

/** The project's ignored issues and checks switched off, live; null until read. */
export function useQaSettings(db: WorkspaceDb, projectId: string): QaSettings | null {
  return useLiveQuery(() => getQaSettings(db, projectId), [db, projectId]) ?? null;
}
