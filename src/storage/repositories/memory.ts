import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import type { WorkspaceDb } from '../db';

/** Adds or replaces units (same id: a re-confirmed segment, a re-imported TMX unit). */
export async function putMemoryUnits(db: WorkspaceDb, units: readonly MemoryUnit[]): Promise<void> {
  if (units.length > 0) await db.memory.bulkPut([...units]);
}

export async function deleteMemoryUnits(db: WorkspaceDb, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.memory.bulkDelete([...ids]);
}

/** Every unit, oldest change first. */
export function listMemoryUnits(db: WorkspaceDb): Promise<MemoryUnit[]> {
  return db.memory.orderBy('updatedAt').toArray();
}

export function listProjectMemoryUnits(db: WorkspaceDb, projectId: string): Promise<MemoryUnit[]> {
  return db.memory.where('projectId').equals(projectId).toArray();
}

export function countMemoryUnits(db: WorkspaceDb): Promise<number> {
  return db.memory.count();
}
