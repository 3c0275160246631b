import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import Dexie from 'dexie';
import type { ShardRange } from '../../domain/memory/memoryShards';
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
 * A renamed project's units show its new name as their origin, as memoQ and OmegaT show a
 * memory's current name. Runs inside the caller's transaction; returns the ids to announce.
 */
export async function relabelProjectMemory(
  db: WorkspaceDb,
  projectId: string,
  projectName: string,
): Promise<string[]> {
  const ids: string[] = [];
  await db.memory
    .where('projectId')
    .equals(projectId)
    .modify((unit) => {
      if (unit.origin.kind === 'project') unit.origin = { ...unit.origin, projectName };
      ids.push(unit.id);
    });
  return ids;
}

/**
 * A project deleted for good leaves its units in the memory, as every CAT tool keeps a memory
 * apart from the projects that filled it: they keep the project's last name as their origin, and
 * no longer belong to a project (nothing removes them with it, no "Go to segment" points into
 * it). Runs inside the caller's transaction; returns the ids to announce.
 */
export async function detachProjectMemory(db: WorkspaceDb, projectId: string): Promise<string[]> {
  const ids: string[] = [];
  await db.memory
    .where('projectId')
    .equals(projectId)
    .modify((unit) => {
      delete unit.projectId;
      ids.push(unit.id);
    });
  return ids;
}

/**
 * Tells whoever keeps a search index over the memory (the worker of this tab, other tabs) which
 * units changed, whoever wrote them: a confirmed segment, a TMX import.
 */
export function announceMemoryChange(db: WorkspaceDb, ids: readonly string[]): void {
  if (ids.length === 0 || typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(memoryChannelName(db));
  channel.postMessage([...ids]);
  channel.close();
}

/** Every unit, oldest change first. */
export function listMemoryUnits(db: WorkspaceDb): Promise<MemoryUnit[]> {
  return db.memory.orderBy('updatedAt').toArray();
}

/**
 * Every unit (of the range, when given), in chunks in the order of their ids: a reader (a memory
 * worker) indexes one chunk while answering look-ups between them, and never holds the whole
 * memory's rows twice.
 */
export async function* memoryUnitsInChunks(
  db: WorkspaceDb,
  size: number,
  range: ShardRange = {},
): AsyncGenerator<MemoryUnit[]> {
  let after: string | null = null;
  const upper = range.to ?? Dexie.maxKey;
  for (;;) {
    const chunk: MemoryUnit[] =
      after === null
        ? await db.memory
            .where(':id')
            .between(range.from ?? Dexie.minKey, upper, true, false)
            .limit(size)
            .toArray()
        : await db.memory.where(':id').between(after, upper, false, false).limit(size).toArray();
    if (chunk.length === 0) return;
    yield chunk;
    if (chunk.length < size) return;
    after = (chunk[chunk.length - 1] as MemoryUnit).id;
  }
}

/**
 * Ids that cut the memory into `count` ranges of about as many units (fewer when it has fewer
 * units than that): where the memory workers' shards meet.
 */
export async function memoryShardBoundaries(db: WorkspaceDb, count: number): Promise<string[]> {
  const total = await db.memory.count();
  const boundaries: string[] = [];
  for (let shard = 1; shard < count; shard += 1) {
    const [id] = await db.memory
      .orderBy(':id')
      .offset(Math.floor((total * shard) / count))
      .limit(1)
      .primaryKeys();
    if (typeof id === 'string') boundaries.push(id);
  }
  return boundaries;
}

export function listProjectMemoryUnits(db: WorkspaceDb, projectId: string): Promise<MemoryUnit[]> {
  return db.memory.where('projectId').equals(projectId).toArray();
}

export function countMemoryUnits(db: WorkspaceDb): Promise<number> {
  return db.memory.count();
}
