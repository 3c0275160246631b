import { useCallback, useEffect, useMemo, useState } from 'react';
import { lowerBound } from '../../domain/find/segmentFilter';
import type { CaretTarget } from '../../editor/SegmentEditor';
import type { SegmentField, ViewState } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import { announceSegmentMove } from './segmentMoves';

export interface ActiveSegment {
  segmentId: string | null;
  field: SegmentField;
  /** Whether the live editor is mounted in `field`; false after Esc. */
  editing: boolean;
  caret: CaretTarget | null;
  /** Bumped by every activation, so going to the segment one is already in still moves focus. */
  focusToken: number;
}

/** Where a segment being gone to lands in the list: 'start' near the top, 'auto' just in view. */
export type RevealAlign = 'auto' | 'start';

export interface ActiveSegmentControls {
  active: ActiveSegment;
  activate: (
    segmentId: string,
    field: SegmentField,
    caret?: CaretTarget | null,
    align?: RevealAlign,
  ) => void;
  moveBy: (delta: number) => void;
  /** Marks the segment Translated and goes on; an empty translation is refused ('empty'). */
  confirmAndAdvance: (segmentId: string) => 'confirmed' | 'empty';
  leave: () => void;
}

const unconfirmed = new Set(['untranslated', 'draft']);

/**
 * Which segment and field the translator is in, and the CAT-tool moves between segments.
 */
export function useActiveSegment(
  store: SegmentStore,
  initialView: ViewState,
  reveal: (index: number, align: RevealAlign) => void,
  /** The positions a segment filter shows (ascending), or null: moves stay within them. */
  filtered: () => readonly number[] | null = () => null,
): ActiveSegmentControls {
  const [active, setActive] = useState<ActiveSegment>(() => ({
    segmentId:
      initialView.activeSegmentId && store.get(initialView.activeSegmentId)
        ? initialView.activeSegmentId
        : null,
    field: initialView.activeField,
    editing: initialView.activeSegmentId !== null,
    caret: null,
    focusToken: 0,
  }));

  const activate = useCallback(
    (
      segmentId: string,
      field: SegmentField,
      caret: CaretTarget | null = null,
      align: RevealAlign = 'auto',
    ) => {
      // Told first: the memory's look-up then runs in its workers while the page renders.
      announceSegmentMove(store, segmentId);
      // Revealed first: the list's scroll is then rendered together with the move (SegmentList).
      reveal(store.indexOf(segmentId), align);
      setActive((current) => ({
        segmentId,
        field,
        editing: true,
        caret,
        focusToken: current.focusToken + 1,
      }));
    },
    [store, reveal],
  );

  const moveBy = useCallback(
    (delta: number) => {
      const from = active.segmentId ? store.indexOf(active.segmentId) : -1;
      const shown = filtered();
      if (shown) {
        // From a segment the filter leaves out, the next is the first shown after it.
        const at = lowerBound(shown, from);
        const exact = shown[at] === from;
        const to = delta > 0 ? at + delta - (exact ? 0 : 1) : at + delta;
        const position = shown[Math.min(shown.length - 1, Math.max(0, to))];
        const target = position === undefined ? undefined : store.ids[position];
        if (target) activate(target, 'translation');
        return;
      }
      const target = store.ids[Math.min(store.ids.length - 1, Math.max(0, from + delta))];
      if (target) activate(target, 'translation');
    },
    [active.segmentId, store, activate, filtered],
  );

  const confirmAndAdvance = useCallback(
    (segmentId: string): 'confirmed' | 'empty' => {
      const segment = store.get(segmentId);
      if (!segment) return 'empty';
      // "Do not translate" needs no English and keeps its status; any other segment needs some.
      if (segment.status !== 'do-not-translate') {
        if (segment.translationText.trim() === '') return 'empty';
        store.update(segmentId, { status: 'translated' });
      }
      const from = store.indexOf(segmentId);
      const shown = filtered();
      // Under a filter the next unconfirmed segment is looked for among those it shows.
      const ids = shown ? shown.flatMap((position) => store.ids[position] ?? []) : store.ids;
      const after = shown ? lowerBound(shown, from + 1) : from + 1;
      const order = [...ids.slice(after), ...ids.slice(0, after)].filter((id) => id !== segmentId);
      const next =
        order.find((id) => unconfirmed.has(store.get(id)?.status ?? '')) ??
        // A filter whose segments are all confirmed (Translated, Reviewed, With quality issues,
        // a text) is gone through one by one: the next segment it shows.
        (shown ? ids[after] : undefined);
      if (next) activate(next, 'translation');
      else setActive((current) => ({ ...current, editing: false, caret: null }));
      return 'confirmed';
    },
    [store, activate, filtered],
  );

  const leave = useCallback(() => {
    setActive((current) => ({ ...current, editing: false, caret: null }));
  }, []);

  // Leaving a segment, or the editor, is a save point.
  useEffect(() => () => void store.flush(), [store, active.segmentId, active.editing]);

  return useMemo(
    () => ({ active, activate, moveBy, confirmAndAdvance, leave }),
    [active, activate, moveBy, confirmAndAdvance, leave],
  );
}
