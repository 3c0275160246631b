import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Project } from '../../domain/model/project';
import type { WorkspaceDb } from '../db';
import { checkGlossary } from '../repositories/glossary';
import { getProject } from '../repositories/projects';
import { getViewState, type ViewState } from '../repositories/settings';
import { SegmentStore } from '../segmentStore';
import { StoredRecordInvalid } from '../storedRecordInvalid';

export interface OpenProject {
  project: Project;
  store: SegmentStore;
  initialView: ViewState;
}

/** Why a project could not be opened: each has its own message and the same ways out. */
export type OpenProblem =
  | { code: 'missing' }
  | { code: 'invalid'; path: string; segmentNumber?: number }
  | { code: 'storage'; detail: string }
  /** Still opening after `slowOpenMs`: shown, and replaced by the project if it does open. */
  | { code: 'slow' };

export type OpenState =
  | { kind: 'opening' }
  | { kind: 'open'; open: OpenProject }
  | { kind: 'failed'; problem: OpenProblem; retry: () => void };

/** How long an open may take before the translator is shown what they can do. */
export const slowOpenMs = 10_000;

function problemOf(error: unknown): OpenProblem {
  if (error instanceof StoredRecordInvalid) {
    const { path, segmentNumber } = error;
    return segmentNumber === undefined
      ? { code: 'invalid', path }
      : { code: 'invalid', path, segmentNumber };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'storage', detail };
}

/**
 * Opens a project's segments once and keeps them for the component's lifetime; on close, every
 * queued edit is written before the store is dropped. The project's name is live (a rename shows
 * at once, in export file names too) without reopening the store. Every way an open can fail
 * (a missing project, a row that fails validation, storage that refuses) ends in `failed` with
 * a retry, never in an endless "Loading…".
 */
export function useOpenProject(db: WorkspaceDb, projectId: string): OpenState {
  const [state, setState] = useState<{ projectId: string; state: OpenState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let cancelled = false;
    let opened: SegmentStore | null = null;
    const settle = (next: OpenState) => {
      if (!cancelled) setState({ projectId, state: next });
    };
    setState(null);
    const slow = setTimeout(
      () => settle({ kind: 'failed', problem: { code: 'slow' }, retry }),
      slowOpenMs,
    );
    void (async () => {
      const project = await getProject(db, projectId);
      if (!project) throw new MissingProject();
      await checkGlossary(db, projectId);
      const [store, initialView] = await Promise.all([
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
      settle({ kind: 'open', open: { project, store, initialView } });
    })()
      .catch((error: unknown) => {
        settle({
          kind: 'failed',
          problem: error instanceof MissingProject ? { code: 'missing' } : problemOf(error),
          retry,
        });
      })
      .finally(() => clearTimeout(slow));
    return () => {
      cancelled = true;
      clearTimeout(slow);
      const closing = opened;
      void closing?.flush().finally(() => closing.close());
    };
  }, [db, projectId, attempt, retry]);

  const name = useLiveProjectName(db, projectId);
  return useMemo((): OpenState => {
    const current = state?.projectId === projectId ? state.state : { kind: 'opening' as const };
    if (current.kind !== 'open') return current;
    const { open } = current;
    if (name === undefined || name === open.project.name) return current;
    return { kind: 'open', open: { ...open, project: { ...open.project, name } } };
  }, [state, projectId, name]);
}

class MissingProject extends Error {}

/**
 * The stored name alone, not the row: every save also stamps the project's updatedAt, and a
 * string that did not change re-renders nothing, where a fresh row would re-render the workspace
 * after each save. A row that no longer validates keeps the name the project opened with.
 */
function useLiveProjectName(db: WorkspaceDb, projectId: string): string | undefined {
  return useLiveQuery(
    async () => (await getProject(db, projectId).catch(() => undefined))?.name,
    [db, projectId],
  );
}
