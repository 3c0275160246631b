import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import type { QaIssue } from '../../domain/qa/types';
import { useQaSettings } from '../../storage/hooks/useQaSettings';
import type { SegmentStore } from '../../storage/segmentStore';
import type { GlossaryContextValue } from '../glossary/GlossaryContext';
import { useCharFold } from '../glossary/useCharFold';
import type { MarkedRange } from '../workspace/StaticRichText';
import { qaSessionOf, type QaSession } from './QaSession';

/** Runs the project's quality checks for as long as the workspace shows it. */
export function useQualityChecks(
  store: SegmentStore,
  projectId: string,
  glossary: GlossaryContextValue,
): QaSession {
  const session = qaSessionOf(store);
  const fold = useCharFold();
  const settings = useQaSettings(useWorkspaceDb(), projectId);
  useEffect(() => session.start(), [session]);
  useEffect(() => session.setFold(fold), [session, fold]);
  useEffect(() => session.setGlossary(glossary), [session, glossary]);
  useEffect(() => session.setSettings(settings), [session, settings]);
  return session;
}

export interface SegmentQa {
  issues: readonly QaIssue[];
  sourceRanges: readonly MarkedRange[];
  translationRanges: readonly MarkedRange[];
}

/** One segment's issues, and what to mark: re-renders only when they change. */
export function useSegmentQa(store: SegmentStore, segmentId: string): SegmentQa {
  const { engine } = qaSessionOf(store);
  const issues = useSyncExternalStore(
    (listener) => engine.subscribeSegment(segmentId, listener),
    () => engine.issuesOf(segmentId),
  );
  // Typing moves the English's ranges, not the source's: the source keeps its (memoised) marks.
  const lastSource = useRef<readonly MarkedRange[]>(noRanges);
  const sourceRanges = useMemo(() => {
    const ranges = rangesIn(issues, 'source');
    if (sameRanges(ranges, lastSource.current)) return lastSource.current;
    return ranges;
  }, [issues]);
  useEffect(() => {
    lastSource.current = sourceRanges;
  });
  const translationRanges = useMemo(() => rangesIn(issues, 'translation'), [issues]);
  return useMemo(
    () => ({ issues, sourceRanges, translationRanges }),
    [issues, sourceRanges, translationRanges],
  );
}

const noRanges: readonly MarkedRange[] = [];

function rangesIn(issues: readonly QaIssue[], field: 'source' | 'translation') {
  const ranges = issues.flatMap((issue) => issue.ranges.filter((range) => range.field === field));
  return ranges.length === 0 ? noRanges : ranges;
}

function sameRanges(a: readonly MarkedRange[], b: readonly MarkedRange[]): boolean {
  return (
    a.length === b.length &&
    a.every((range, at) => range.start === b[at]?.start && range.end === b[at]?.end)
  );
}

/** A number that changes whenever any segment's issues do: for the panel's counts and list. */
export function useQaVersion(session: QaSession): number {
  return useSyncExternalStore(
    (listener) => session.engine.subscribe(listener),
    () => session.engine.getVersion(),
  );
}
