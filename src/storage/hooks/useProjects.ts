import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../db';
import { listProjects } from '../repositories/projects';

export function useProjects(db: WorkspaceDb): Project[] | undefined {
  return useLiveQuery(() => listProjects(db), [db]);
}
