import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { foldText } from '../../domain/glossary/charFold';
import {
  FilteredSegments,
  filterPredicate,
  isFilterOn,
  noFilter,
  type FilterableSegment,
  type SegmentFilter,
} from '../../domain/find/segmentFilter';
import type { Segment } from '../../domain/model/segment';
import type { SegmentStore } from '../../storage/segmentStore';
import type { GlossaryContextValue } from '../glossary/GlossaryContext';
import { useCharFold } from '../glossary/useCharFold';

export interface SegmentFilterControls {
  /** The filter as set in the bar (its text as typed). */
  filter: SegmentFilter;
  setFilter: (filter: SegmentFilter) => void;
  clear: () => void;
  /** Document positions shown, ascending; null while no filter is on (every segment shows). */
  visible: readonly number[] | null;
  /** The same, as of now (after a `hold` in the same event), for navigation. */
  currentVisible: () => readonly number[] | null;
  /** Keeps the segment the translator goes to in the list; the one held before may go. */
  hold: (segmentId: string | null) => void;
}

/** Typing in the filter's text field re-filters once the typing pauses this long. */
const textDelayMs = 150;

/**
 * The segment filter: the list of positions it shows is computed once when the filter (or an
 * input it reads: the glossary, the quality issues) changes, then updated one segment at a time
 * as segments change, so an edit costs one segment's test however long the project is.
 */
export function useSegmentFilter(
  store: SegmentStore,
  glossary: GlossaryContextValue,
  qualityIssueSegmentIds: Pick<ReadonlySet<string>, 'has'>,
  /** Where the translator is when the workspace opens; `hold` follows them from there. */
  initialSegmentId: string | null,
): SegmentFilterControls {
  const [filter, setFilterState] = useState<SegmentFilter>(noFilter);
  const [appliedText, setAppliedText] = useState('');
  const fold = useCharFold();
  const foldedSources = useRef<{ store: SegmentStore; folded: Map<string, string> } | null>(null);
  const active = useRef(initialSegmentId);

  const textTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(textTimer.current), []);
  const setFilter = useCallback((next: SegmentFilter) => {
    setFilterState(next);
    clearTimeout(textTimer.current);
    // Clearing the text, or choosing another kind, applies at once; typing waits for a pause.
    if (next.text.trim() === '') setAppliedText('');
    else textTimer.current = setTimeout(() => setAppliedText(next.text), textDelayMs);
  }, []);
  const clear = useCallback(() => setFilter(noFilter), [setFilter]);

  const kind = filter.kind;
  // Sources never change: which hold a glossary term is worked out once per glossary.
  const glossarySegmentIds = useMemo(() => {
    if (kind !== 'glossaryTerm') return new Set<string>();
    return new Set(
      store.ids.filter((id) => glossary.findTerms(store.get(id)?.source ?? '').length > 0),
    );
  }, [kind, store, glossary]);

  const filtered = useMemo(() => {
    const applied: SegmentFilter = { kind, text: appliedText };
    if (!isFilterOn(applied)) return null;
    if (foldedSources.current?.store !== store)
      foldedSources.current = { store, folded: new Map() };
    const cache = foldedSources.current.folded;
    const matches = filterPredicate(applied, {
      qualityIssueSegmentIds,
      glossarySegmentIds,
      fold,
      foldedSource: (segment: FilterableSegment) => {
        if (!fold) return segment.source;
        let folded = cache.get(segment.id);
        if (folded === undefined) {
          folded = foldText(segment.source, fold);
          cache.set(segment.id, folded);
        }
        return folded;
      },
    });
    const current = active.current ? store.get(active.current) : undefined;
    return new FilteredSegments<Segment>(
      store,
      matches,
      current && matches(current) ? current.id : null,
    );
  }, [kind, appliedText, qualityIssueSegmentIds, glossarySegmentIds, fold, store]);

  const listeners = useRef(new Set<() => void>());
  const subscribe = useCallback(
    (listener: () => void) => {
      listeners.current.add(listener);
      const stop = filtered
        ? store.subscribeChanges((id) => {
            if (filtered.update(id)) listener();
          })
        : () => undefined;
      return () => {
        listeners.current.delete(listener);
        stop();
      };
    },
    [filtered, store],
  );
  const visible = useSyncExternalStore(subscribe, () => filtered?.visible() ?? null);

  const hold = useCallback(
    (segmentId: string | null) => {
      active.current = segmentId;
      if (filtered?.hold(segmentId)) for (const listener of [...listeners.current]) listener();
    },
    [filtered],
  );
  const currentVisible = useCallback(() => filtered?.visible() ?? null, [filtered]);

  return useMemo(
    () => ({ filter, setFilter, clear, visible, currentVisible, hold }),
    [filter, setFilter, clear, visible, currentVisible, hold],
  );
}
