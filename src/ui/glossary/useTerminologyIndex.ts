import { useMemo, useRef, useSyncExternalStore } from 'react';
import { TerminologyIndex, type TerminologyFlags } from '../../domain/glossary/TerminologyIndex';
import type { SegmentStore } from '../../storage/segmentStore';
import type { GlossaryContextValue } from './GlossaryContext';

export interface TerminologyState {
  /** Every terminology flag in the project, as of the last save. */
  flags: TerminologyFlags;
  /** For each glossary entry, the ids of the segments whose source holds it, in order. */
  occurrences: ReadonlyMap<string, readonly string[]>;
}

/**
 * The project's terminology flags and term occurrences, brought up to date after each save and
 * glossary change. Only the segments that changed are looked at again (see TerminologyIndex),
 * and nothing here runs on a keystroke: the store's saved snapshot changes once a write is done.
 */
export function useTerminologyIndex(
  store: SegmentStore,
  glossary: GlossaryContextValue,
): TerminologyState {
  const index = useRef<{ store: SegmentStore; index: TerminologyIndex } | null>(null);
  const segments = useSyncExternalStore(
    (listener) => store.subscribeSaveState(listener),
    () => store.getSavedSnapshot(),
  );
  return useMemo(() => {
    if (index.current?.store !== store) index.current = { store, index: new TerminologyIndex() };
    const current = index.current.index;
    const flags = current.update(segments, glossary);
    return { flags, occurrences: current.occurrences() };
  }, [store, segments, glossary]);
}
