import type { Segment } from '../../domain/model/segment';
import { readStoredSegment } from '../../domain/formats/storedRecords';
import type { WorkspaceDb } from '../db';
import { StoredRecordInvalid } from '../storedRecordInvalid';
import { changesHistory, recordRevision } from './revisions';

export type SegmentPatch = Partial<
  Pick<
    Segment,
    | 'translation'
    | 'translationText'
    | 'notes'
    | 'notesText'
    | 'status'
    | 'fill'
    | 'comments'
    | 'type'
    | 'kind'
  >
>;

function segmentRows(db: WorkspaceDb, projectId: string): Promise<unknown[]> {
  return db.segments
    .where('[projectId+order]')
    .between([projectId, -Infinity], [projectId, Infinity])
    .toArray();
}

/** The project's segments in order, each validated: one bad row refuses the whole read. */
export async function loadSegments(db: WorkspaceDb, projectId: string): Promise<Segment[]> {
  return (await segmentRows(db, projectId)).map((row, index) => {
    const read = readStoredSegment(row, projectId);
    // Rows come in document order, so the index names the segment as the translator numbers it.
    if (!read.ok) throw new StoredRecordInvalid(read.path, index + 1);
    return read.value;
  });
}

/** What can be read of a damaged project: the rows that validate, and the paths of the rest. */
export async function salvageSegments(
  db: WorkspaceDb,
  projectId: string,
): Promise<{ segments: Segment[]; unreadable: string[] }> {
  const segments: Segment[] = [];
  const unreadable: string[] = [];
  for (const row of await segmentRows(db, projectId)) {
    const read = readStoredSegment(row, projectId);
    if (read.ok) segments.push(read.value);
    else unreadable.push(read.path);
  }
  return { segments, unreadable };
}

export interface SaveOutcome {
  /** The version (updatedAt) each written segment now has in the database. */
  written: Map<string, number>;
  /** Segments someone else saved since the version the edit was based on: not overwritten. */
  conflicts: Segment[];
}

/**
 * Saves edits to several segments in one transaction. An edit whose segment changed in the
 * database since `baseVersions` says it was read (another tab saved it) is not written: the
 * stored version is returned as a conflict, so no one's text is silently dropped.
 */
export async function saveSegmentPatches(
  db: WorkspaceDb,
  projectId: string,
  patches: ReadonlyMap<string, SegmentPatch>,
  baseVersions: ReadonlyMap<string, number> = new Map(),
  /** Each changed segment gets a revision of its own, even right after typing in it. */
  options: { separateRevisions?: boolean } = {},
): Promise<SaveOutcome> {
  const outcome: SaveOutcome = { written: new Map(), conflicts: [] };
  if (patches.size === 0) return outcome;
  const now = Date.now();
  await db.transaction('rw', db.segments, db.projects, db.revisions, async () => {
    for (const [segmentId, patch] of patches) {
      const stored = await db.segments.get([projectId, segmentId]);
      if (!stored) throw new Error(`Segment ${segmentId} no longer exists`);
      const base = baseVersions.get(segmentId);
      if (base !== undefined && stored.updatedAt > base) {
        outcome.conflicts.push(stored);
        continue;
      }
      const version = Math.max(now, stored.updatedAt + 1);
      const saved = { ...stored, ...patch, updatedAt: version };
      await db.segments.put(saved);
      if (changesHistory(stored, saved))
        await recordRevision(db, saved, version, !options.separateRevisions, stored);
      outcome.written.set(segmentId, version);
    }
    await db.projects.update(projectId, { updatedAt: now });
  });
  return outcome;
}

export function getSegments(
  db: WorkspaceDb,
  projectId: string,
  segmentIds: readonly string[],
): Promise<(Segment | undefined)[]> {
  return db.segments.bulkGet(segmentIds.map((id): [string, string] => [projectId, id]));
}
