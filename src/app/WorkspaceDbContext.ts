import { createContext, useContext } from 'react';
import type { WorkspaceDb } from '../storage/db';

export const WorkspaceDbContext = createContext<WorkspaceDb | null>(null);

export function useWorkspaceDb(): WorkspaceDb {
  const db = useContext(WorkspaceDbContext);
  if (!db) throw new Error('useWorkspaceDb must be used inside <WorkspaceDbContext>');
  return db;
}
