import type { CharFold } from '../../domain/glossary/charFold';
import { ConcordanceIndex, type ConcordanceResult } from '../../domain/memory/concordance';
import { memoryUnitFromSegment } from '../../domain/memory/memoryUnit';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../../storage/db';
import type { SegmentStore } from '../../storage/segmentStore';

/** The open project's confirmed segments, then the rest of the memory, searched as one list. */
export interface Concordance {
  /** The hits, and how many units were searched. */
  search: (query: string, limit: number) => Promise<ConcordanceResult & { size: number }>;
}

/**
 * The concordance over the whole memory, with the open project's confirmed segments taken from
 * the open project itself (so a segment confirmed a moment ago is there, as it is now), listed
 * first, in document order; then every other unit, newest first. The rest of the memory is read,
 * folded and searched in the memory's worker, so opening Concordance never holds the page.
 */
export async function loadConcordance(
  db: WorkspaceDb,
  fold: CharFold,
  project: Project,
  store: SegmentStore,
): Promise<Concordance> {
  const { memorySearchFor } = await import('../../storage/memory/memorySearch');
  const memory = memorySearchFor(db, project.id);
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
  return {
    search: async (query, limit) => {
      const found = ownIndex.search(query, limit);
      const rest = await memory.concordance(
        query,
        Math.max(0, limit - found.hits.length),
        project.id,
      );
      return {
        hits: [...found.hits, ...rest.hits],
        total: found.total + rest.total,
        size: ownIndex.size + rest.size,
      };
    },
  };
}
