import { useSyncExternalStore } from 'react';
import { FootnoteNumbering } from '../../domain/footnotes/footnoteNumbering';
import { countFootnotes } from '../../domain/footnotes/footnotes';
import type { SegmentStore } from '../../storage/segmentStore';

/**
 * The project's footnote numbering, kept one segment at a time as the store changes: a keystroke
 * recounts the notes of its own segment only, and listeners hear of it only when a count changed
 * (a note added or removed), after which each mounted row reads its first number in O(log n).
 */
class LiveFootnoteNumbering {
  private readonly numbering: FootnoteNumbering;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly store: SegmentStore) {
    this.numbering = new FootnoteNumbering(
      store.currentSegments().map((segment) => countFootnotes(segment.translation)),
    );
    store.subscribeChanges((id) => {
      const segment = store.get(id);
      if (!segment) return;
      const changed = this.numbering.setCount(
        store.indexOf(id),
        countFootnotes(segment.translation),
      );
      if (changed) for (const listener of this.listeners) listener();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  firstNumberOf(id: string): number {
    return this.numbering.firstNumberAt(this.store.indexOf(id));
  }
}

const numberings = new WeakMap<SegmentStore, LiveFootnoteNumbering>();

function numberingOf(store: SegmentStore): LiveFootnoteNumbering {
  let numbering = numberings.get(store);
  if (!numbering) {
    numbering = new LiveFootnoteNumbering(store);
    numberings.set(store, numbering);
  }
  return numbering;
}

/** The number of the first translator's note of a segment, project-wide (1 when it has none). */
export function useFootnoteStart(store: SegmentStore, segmentId: string): number {
  const numbering = numberingOf(store);
  return useSyncExternalStore(numbering.subscribe, () => numbering.firstNumberOf(segmentId));
}
