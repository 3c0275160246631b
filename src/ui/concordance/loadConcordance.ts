import type { CharFold } from '../../domain/glossary/charFold';
import {
  ConcordanceIndex,
  searchIndexes,
  type ConcordanceResult,
} from '../../domain/memory/concordance';
import { memoryUnitFromSegment, type MemoryUnit } from '../../domain/memory/memoryUnit';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../../storage/db';
import { listMemoryUnits } from '../../storage/repositories/memory';
import { memoryFingerprint } from '../../storage/repositories/memoryTransfer';
import type { SegmentStore } from '../../storage/segmentStore';

/**
 * The memory's index, kept between openings: the memory is read and folded again only when it
 * changed (see memoryFingerprint).
 */
let cache: {
  db: WorkspaceDb;
  fold: CharFold;
  projectId: string;
  memory: ConcordanceIndex;
  units: readonly MemoryUnit[];
  fingerprint: string;
} | null = null;

/** The open project's confirmed segments, then the rest of the memory, searched as one list. */
export interface Concordance {
  size: number;
  search: (query: string, limit: number) => ConcordanceResult;
}

/**
 * The concordance over the whole memory, with the open project's confirmed segments taken from
 * the open project itself (so a segment confirmed a moment ago is there, as it is now), listed
 * first, in document order; then every other unit, newest first.
 */
export async function loadConcordance(
  db: WorkspaceDb,
  fold: CharFold,
  project: Project,
  store: SegmentStore,
): Promise<Concordance> {
  if (!cache || cache.db !== db || cache.fold !== fold || cache.projectId !== project.id) {
    cache = {
      db,
      fold,
      projectId: project.id,
      memory: new ConcordanceIndex(fold),
      units: [],
      fingerprint: '',
    };
  }
  const current = cache;
  const fingerprint = await memoryFingerprint(db);
  if (fingerprint !== current.fingerprint) {
    const others = (await listMemoryUnits(db))
      .reverse()
      .filter((unit) => unit.projectId !== project.id);
    // Confirming here changes the memory but only in this project's units, which come from the
    // open project instead: the rest is indexed again only when it changed.
    if (!sameUnits(others, current.units)) current.memory.setUnits(others);
    current.units = others;
    current.fingerprint = fingerprint;
  }
  const segments = store.currentSegments();
  const own = segments.flatMap((segment, index) => {
    const unit = memoryUnitFromSegment(segment, project, {
      previousSource: segments[index - 1]?.source,
      nextSource: segments[index + 1]?.source,
    });
    return unit ? [unit] : [];
  });
  // Small (at most the project's segments), so folded again at each opening.
  const ownIndex = new ConcordanceIndex(fold);
  ownIndex.setUnits(own);
  const indexes = [ownIndex, current.memory];
  return {
    size: ownIndex.size + current.memory.size,
    search: (query, limit) => searchIndexes(indexes, query, limit),
  };
}

function sameUnits(next: readonly MemoryUnit[], previous: readonly MemoryUnit[]): boolean {
  return (
    next.length === previous.length &&
    next.every((unit, index) => {
      const before = previous[index];
      return (
        before !== undefined &&
        unit.id === before.id &&
        unit.source === before.source &&
        unit.target === before.target &&
        unit.updatedAt === before.updatedAt
      );
    })
  );
}
