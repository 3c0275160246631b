import type { SegmentStore } from '../../storage/segmentStore';

type MoveListener = (segmentId: string) => void;

const listeners = new WeakMap<SegmentStore, Set<MoveListener>>();

/**
 * Hears of each move to a segment of `store` as it starts, before the page renders it: work for
 * the new segment done off the page (the memory's look-up in its workers) then runs while the
 * move renders instead of after. Returns the way to stop.
 */
export function onSegmentMove(store: SegmentStore, listener: MoveListener): () => void {
  let own = listeners.get(store);
  if (!own) {
    own = new Set();
    listeners.set(store, own);
  }
  own.add(listener);
  const set = own;
  return () => set.delete(listener);
}

/** Tells `onSegmentMove`'s listeners that the translator is moving to `segmentId`. */
export function announceSegmentMove(store: SegmentStore, segmentId: string): void {
  for (const listener of [...(listeners.get(store) ?? [])]) listener(segmentId);
}
