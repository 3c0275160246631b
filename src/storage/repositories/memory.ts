import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import type { WorkspaceDb } from '../db';

/** Adds or replaces units (same id: a re-confirmed segment, a re-imported TMX unit). */
export async function putMemoryUnits(db: WorkspaceDb, units: readonly MemoryUnit[]): Promise<void> {
  if (units.length === 0) return;
  await db.memory.bulkPut([...units]);
  announceMemoryChange(
    db,
    units.map((unit) => unit.id),
  );
}

export async function deleteMemoryUnits(db: WorkspaceDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.memory.bulkDelete([...ids]);
  announceMemoryChange(db, ids);
}

export function getMemoryUnits(
  db: WorkspaceDb,
  ids: readonly string[],
): Promise<(MemoryUnit | undefined)[]> {
  return db.memory.bulkGet([...ids]);
}

/** The channel on which every change of the memory is announced (by unit id). */
export function memoryChannelName(db: WorkspaceDb): string {
  return `memory:${db.name}`;
}

/**
 * Tells whoever keeps a search index over the memory (the worker of this tab, other tabs) which
 * units changed, whoever wrote them: a confirmed segment, a TMX import.
 */
function announceMemoryChange(db: WorkspaceDb, ids: readonly string[]): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(memoryChannelName(db));
  channel.postMessage([...ids]);
  channel.close();
}

/** Every unit, oldest change first. */
export function listMemoryUnits(db: WorkspaceDb): Promise<MemoryUnit[]> {
  return db.memory.orderBy('updatedAt').toArray();
}

/**
 * Every unit, in chunks in the order of their ids: a reader (the memory worker) indexes one chunk
 * while answering look-ups between them, and never holds the whole memory's rows twice.
 */
export async function* memoryUnitsInChunks(
  db: WorkspaceDb,
  size: number,
): AsyncGenerator<MemoryUnit[]> {
  let after: string | null = null;
  for (;;) {
    const chunk: MemoryUnit[] =
      after === null
        ? await db.memory.orderBy(':id').limit(size).toArray()
        : await db.memory.where(':id').above(after).limit(size).toArray();
    if (chunk.length === 0) return;
    yield chunk;
    if (chunk.length < size) return;
    after = (chunk[chunk.length - 1] as MemoryUnit).id;
  }
}

export function listProjectMemoryUnits(db: WorkspaceDb, projectId: string): Promise<MemoryUnit[]> {
  return db.memory.where('projectId').equals(projectId).toArray();
}

export function countMemoryUnits(db: WorkspaceDb): Promise<number> {
  return db.memory.count();
}
