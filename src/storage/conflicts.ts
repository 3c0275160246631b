import type { Segment } from '../domain/model/segment';
import type { SegmentPatch } from './repositories/segments';

/**
 * Which stored version each of this tab's segments is based on, and the segments another tab
 * saved over an edit of this one's. Every save compares the stored version with the base: if
 * another tab saved in between, nothing is overwritten and both versions are kept until the
 * translator chooses.
 */
export class SegmentConflicts {
  /** The database version (updatedAt) each segment's local state is based on. */
  private readonly dbVersion = new Map<string, number>();
  /** Segments another tab saved while this one had unsaved edits: theirs, until resolved. */
  private readonly conflicts = new Map<string, Segment>();

  constructor(segments: readonly Segment[]) {
    for (const segment of segments) this.dbVersion.set(segment.id, segment.updatedAt);
  }

  /** What a save compares with the stored versions. */
  get baseVersions(): ReadonlyMap<string, number> {
    return this.dbVersion;
  }

  /** The revision a segment has in storage, as far as this tab knows. */
  storedRevision(id: string): number | undefined {
    return this.dbVersion.get(id);
  }

  /** This tab's copy of the segment now stands on the stored `version`. */
  basedOn(id: string, version: number): void {
    this.dbVersion.set(id, version);
  }

  /** A stored row is newer than what this tab's copy stands on. */
  isNewer(row: Segment): boolean {
    return row.updatedAt > (this.dbVersion.get(row.id) ?? 0);
  }

  add(theirs: Segment): void {
    this.conflicts.set(theirs.id, theirs);
  }

  get(id: string): Segment | undefined {
    return this.conflicts.get(id);
  }

  has(id: string): boolean {
    return this.conflicts.has(id);
  }

  /** The translator chose: whichever version is kept now stands on theirs. */
  settle(theirs: Segment): void {
    this.conflicts.delete(theirs.id);
    this.dbVersion.set(theirs.id, theirs.updatedAt);
  }
}

/** What "Keep mine" writes over the other tab's version: everything the translator edits. */
export function keepingMine(mine: Segment): SegmentPatch {
  const { translation, translationText, notes, notesText, status } = mine;
  return {
    translation,
    translationText,
    notes,
    notesText,
    status,
    ...(mine.comments ? { comments: mine.comments } : {}),
  };
}
