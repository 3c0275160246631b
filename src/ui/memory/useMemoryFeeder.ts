import { useEffect, useRef } from 'react';
import { usePreferences } from '../../app/preferences';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../../storage/db';
import type { SegmentStore } from '../../storage/segmentStore';
import { useShellNotice } from '../common/ShellNotice';

/**
 * While a project is open, its confirmed segments go to the memory and their English to their
 * empty repetitions (see feedMemory), each propagation announced with an Undo. The code loads
 * after the workspace has painted.
 */
export function useMemoryFeeder(db: WorkspaceDb, store: SegmentStore, project: Project): void {
  const { propagateRepetitions } = usePreferences();
  const announce = useShellNotice();
  const latest = useRef({ project, propagateRepetitions, announce });
  useEffect(() => {
    latest.current = { project, propagateRepetitions, announce };
  });

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./memoryFill').then(({ feedMemory, pageNormalizer }) => {
      if (cancelled) return;
      stop = feedMemory({
        db,
        store,
        project: () => latest.current.project,
        normalizer: pageNormalizer,
        propagate: () => latest.current.propagateRepetitions,
        onPropagated: ({ fromNumber, count, undo }) => {
          latest.current.announce({
            text: (t) => t('memory.propagated', { count, number: fromNumber }),
            action: { label: (t) => t('memory.undo'), run: undo },
          });
        },
      });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [db, store]);
}
