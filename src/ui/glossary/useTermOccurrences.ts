import { useMemo } from 'react';
import type { SegmentStore } from '../../storage/segmentStore';
import type { GlossaryContextValue } from './GlossaryContext';

/** For each glossary entry, the ids of the segments whose source contains it, in order. */
export function useTermOccurrences(
  store: SegmentStore,
  glossary: GlossaryContextValue,
): ReadonlyMap<string, string[]> {
  return useMemo(() => {
    const segmentsByEntry = new Map<string, string[]>();
    for (const segmentId of store.ids) {
      const source = store.get(segmentId)?.source ?? '';
      for (const occurrence of glossary.findTerms(source)) {
        for (const entryId of occurrence.entryIds) {
          const list = segmentsByEntry.get(entryId) ?? [];
          if (list.at(-1) !== segmentId) list.push(segmentId);
          segmentsByEntry.set(entryId, list);
        }
      }
    }
    return segmentsByEntry;
  }, [store, glossary]);
}
