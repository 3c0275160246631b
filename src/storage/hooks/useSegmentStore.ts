import { useSyncExternalStore } from 'react';
import type { Segment } from '../../domain/model/segment';
import type { ProgressFigures } from '../../domain/progress/progressTally';
import type { SaveState, SegmentStore } from '../segmentStore';

export function useSegment(store: SegmentStore, id: string): Segment | undefined {
  return useSyncExternalStore(
    (listener) => store.subscribeSegment(id, listener),
    () => store.get(id),
  );
}

export function useTranslationProgress(store: SegmentStore): ProgressFigures {
  return useSyncExternalStore(
    (listener) => store.subscribeProgress(listener),
    () => store.getProgress(),
  );
}

export function useSaveState(store: SegmentStore): SaveState {
  return useSyncExternalStore(
    (listener) => store.subscribeSaveState(listener),
    () => store.getSaveState(),
  );
}
