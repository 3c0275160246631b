import type { Segment } from '../../domain/model/segment';
import type { WorkspaceDb } from '../db';

export type SegmentPatch = Partial<
  Pick<Segment, 'translation' | 'translationText' | 'notes' | 'notesText' | 'status'>
>;

export function loadSegments(db: WorkspaceDb, projectId: string): Promise<Segment[]> {
  return db.segments
    .where('[projectId+order]')
    .between([projectId, -Infinity], [projectId, Infinity])
    .toArray();
}

/** Saves edits to several segments at once: all of them land, or none do. */
export async function saveSegmentPatches(
  db: WorkspaceDb,
  projectId: string,
  patches: ReadonlyMap<string, SegmentPatch>,
): Promise<void> {
  if (patches.size === 0) return;
  const now = Date.now();
  await db.transaction('rw', db.segments, db.projects, async () => {
    for (const [segmentId, patch] of patches) {
      const updated = await db.segments.update([projectId, segmentId], {
        ...patch,
        updatedAt: now,
      });
      if (updated === 0) throw new Error(`Segment ${segmentId} no longer exists`);
    }
    await db.projects.update(projectId, { updatedAt: now });
  });
}
