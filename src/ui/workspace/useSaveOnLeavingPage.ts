import { useEffect, useRef } from 'react';
import type { SegmentStore } from '../../storage/segmentStore';

/**
 * When the tab is hidden or the page goes away, queued edits and the view are written at once:
 * after `pagehide` the page may never run again.
 */
export function useSaveOnLeavingPage(store: SegmentStore, saveView: () => Promise<void>): void {
  const latestSaveView = useRef(saveView);
  useEffect(() => {
    latestSaveView.current = saveView;
  });
  useEffect(() => {
    const save = () => {
      void store.flush();
      void latestSaveView.current();
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') save();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('pagehide', save);
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('pagehide', save);
    };
  }, [store]);
}
