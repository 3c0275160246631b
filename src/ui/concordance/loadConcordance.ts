import type { CharFold } from '../../domain/glossary/charFold';
import { ConcordanceIndex } from '../../domain/memory/concordance';
import { memoryUnitFromSegment, type MemoryUnit } from '../../domain/memory/memoryUnit';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../../storage/db';
import { listMemoryUnits } from '../../storage/repositories/memory';
import { memoryFingerprint } from '../../storage/repositories/memoryTransfer';
import type { SegmentStore } from '../../storage/segmentStore';

/**
 * One index for the page, kept between openings: the memory is read again only when it changed
 * (see memoryFingerprint), and only changed units are folded again.
 */
let cache: {
  db: WorkspaceDb;
  fold: CharFold;
  index: ConcordanceIndex;
  memory: MemoryUnit[];
  fingerprint: string;
} | null = null;

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
): Promise<ConcordanceIndex> {
  if (!cache || cache.db !== db || cache.fold !== fold)
    cache = { db, fold, index: new ConcordanceIndex(fold), memory: [], fingerprint: '' };
  const current = cache;
  const fingerprint = await memoryFingerprint(db);
  if (fingerprint !== current.fingerprint) {
    current.memory = (await listMemoryUnits(db)).reverse();
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
  current.index.setUnits([
    ...own,
    ...current.memory.filter((unit) => unit.projectId !== project.id),
  ]);
  return current.index;
}
