import { useLiveQuery } from 'dexie-react-hooks';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { WorkspaceDb } from '../db';
import { listGlossary } from '../repositories/glossary';

const none: GlossaryEntry[] = [];

/** The project's glossary, live: other tabs' and imports' changes appear at once. */
export function useGlossary(db: WorkspaceDb, projectId: string): GlossaryEntry[] {
  return useLiveQuery(() => listGlossary(db, projectId), [db, projectId]) ?? none;
}
