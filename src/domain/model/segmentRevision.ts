import type { RichTextDoc } from './richText';
import type { SegmentStatus, SegmentType } from './segment';
import type { SegmentFill } from './segmentFill';

/** A saved state of a segment, kept so the translator can see and restore earlier versions. */
export interface SegmentRevision {
  /** Assigned by storage; orders revisions. */
  seq?: number;
  projectId: string;
  segmentId: string;
  /** When this state was first saved, and when it was last saved (typing coalesces into one). */
  startedAt: number;
  savedAt: number;
  translation: RichTextDoc;
  translationText: string;
  notes: RichTextDoc;
  notesText: string;
  status: SegmentStatus;
  /** The English came from the memory or a repetition (see SegmentFill). */
  fill?: SegmentFill;
  /** Title, heading level, paragraph or quote; absent in revisions saved before it was kept. */
  type?: SegmentType;
}
