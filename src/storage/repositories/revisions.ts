import type { Segment } from '../../domain/model/segment';
import type { SegmentRevision } from '../../domain/model/segmentRevision';
import { segmentTypeOf } from '../../domain/model/segmentType';
import type { WorkspaceDb } from '../db';

/** Saves within this time of a revision's first save, with the same status, extend it… */
export const revisionCoalesceMs = 60_000;
/** …unless the translator paused this long (left the segment, exported, came back). */
export const revisionPauseMs = 10_000;
/** Revisions kept per segment; older ones are dropped. */
export const revisionsKept = 50;

/**
 * Records a segment's newly saved state. Must run inside the transaction that saves the segment,
 * so history and text never disagree. Typing coalesces: one revision per minute of work, and a
 * new one whenever the status or the segment's type changes, or after a pause.
 */
export async function recordRevision(
  db: WorkspaceDb,
  saved: Segment,
  now: number,
  /** False for a change that must be a revision of its own (a replace-all), typing or not. */
  coalesce = true,
  /** The segment as stored before this save. */
  before?: Segment,
): Promise<void> {
  // Dexie collections change when ordered or limited, so each query gets its own.
  const history = () =>
    db.revisions.where('[projectId+segmentId]').equals([saved.projectId, saved.id]);
  const last = await history().last();
  const state = stateOf(saved);
  // A type changed before anything was saved (the import's guess corrected): the guess is kept
  // too, as the version to go back to, like the text before an edit.
  if (!last && before && segmentTypeOf(before) !== state.type)
    await db.revisions.add({
      projectId: before.projectId,
      segmentId: before.id,
      startedAt: before.updatedAt,
      savedAt: before.updatedAt,
      ...stateOf(before),
    });
  if (
    coalesce &&
    last?.seq !== undefined &&
    last.status === saved.status &&
    last.type === state.type &&
    // English from the memory or a repetition keeps a revision of its own, with its origin.
    JSON.stringify(last.fill ?? null) === JSON.stringify(saved.fill ?? null) &&
    now - last.startedAt < revisionCoalesceMs &&
    now - last.savedAt < revisionPauseMs
  ) {
    await db.revisions.update(last.seq, { ...state, savedAt: now });
    return;
  }
  await db.revisions.add({
    projectId: saved.projectId,
    segmentId: saved.id,
    startedAt: now,
    savedAt: now,
    ...state,
  });
  const count = await history().count();
  if (count > revisionsKept) {
    const oldest = await history()
      .limit(count - revisionsKept)
      .primaryKeys();
    await db.revisions.bulkDelete(oldest);
  }
}

/** What a revision keeps of a segment. */
function stateOf(segment: Segment) {
  return {
    translation: segment.translation,
    translationText: segment.translationText,
    notes: segment.notes,
    notesText: segment.notesText,
    status: segment.status,
    type: segmentTypeOf(segment),
    ...(segment.fill ? { fill: segment.fill } : {}),
  };
}

/** A segment's revisions, newest first. */
export async function listRevisions(
  db: WorkspaceDb,
  projectId: string,
  segmentId: string,
): Promise<SegmentRevision[]> {
  const revisions = await db.revisions
    .where('[projectId+segmentId]')
    .equals([projectId, segmentId])
    .toArray();
  return revisions.reverse();
}

/** Whether a save changes what history keeps (translation, notes, status or type). */
export function changesHistory(before: Segment, after: Segment): boolean {
  return (
    before.translationText !== after.translationText ||
    before.notesText !== after.notesText ||
    before.status !== after.status ||
    segmentTypeOf(before) !== segmentTypeOf(after) ||
    JSON.stringify(before.translation) !== JSON.stringify(after.translation)
  );
}
