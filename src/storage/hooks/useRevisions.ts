import { useLiveQuery } from 'dexie-react-hooks';
import type { SegmentRevision } from '../../domain/model/segmentRevision';
import type { WorkspaceDb } from '../db';
import { listRevisions } from '../repositories/revisions';

/** A segment's saved versions, newest first, live (a save adds one while History is open). */
export function useRevisions(
  db: WorkspaceDb,
  projectId: string,
  segmentId: string,
): SegmentRevision[] | undefined {
  return useLiveQuery(() => listRevisions(db, projectId, segmentId), [db, projectId, segmentId]);
}
