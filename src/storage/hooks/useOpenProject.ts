import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../db';
import { getProject } from '../repositories/projects';
import { getViewState, type ViewState } from '../repositories/settings';
import { SegmentStore } from '../segmentStore';

export interface OpenProject {
  project: Project;
  store: SegmentStore;
  initialView: ViewState;
}

/**
 * Opens a project's segments once and keeps them for the component's lifetime; on close, every
 * queued edit is written before the store is dropped. The project's name is live (a rename shows
 * at once, in export file names too) without reopening the store.
 */
export function useOpenProject(db: WorkspaceDb, projectId: string): OpenProject | null {
  const [open, setOpen] = useState<OpenProject | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: SegmentStore | null = null;
    void (async () => {
      const [project, store, initialView] = await Promise.all([
        getProject(db, projectId),
        SegmentStore.open(db, projectId),
        getViewState(db, projectId),
      ]);
      // Switched away while it opened: the store may already be replaying a log, so it is
      // written out and closed like any other.
      if (cancelled) {
        void store.flush().finally(() => store.close());
        return;
      }
      opened = store;
      if (project) setOpen({ project, store, initialView });
    })();
    return () => {
      cancelled = true;
      const closing = opened;
      void closing?.flush().finally(() => closing.close());
    };
  }, [db, projectId]);

  const name = useLiveProjectName(db, projectId);
  return useMemo(() => {
    if (open?.project.id !== projectId) return null;
    if (name === undefined || name === open.project.name) return open;
    return { ...open, project: { ...open.project, name } };
  }, [open, projectId, name]);
}

/**
 * The stored name alone, not the row: every save also stamps the project's updatedAt, and a
 * string that did not change re-renders nothing, where a fresh row would re-render the workspace
 * after each save.
 */
function useLiveProjectName(db: WorkspaceDb, projectId: string): string | undefined {
  return useLiveQuery(async () => (await getProject(db, projectId))?.name, [db, projectId]);
}
