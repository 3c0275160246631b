import type { InlineCodeAttrs, RichTextDoc } from './richText';
import type { SegmentFill } from './segmentFill';
import type { SourceComment } from '../comments/sourceComment';

export type SegmentKind = 'heading' | 'paragraph';

/** The block a segment is in the publication; `kind` follows it (headings vs. the rest). */
export const segmentTypes = [
  'title',
  'heading1',
  'heading2',
  'heading3',
  'paragraph',
  'quote',
] as const;
export type SegmentType = (typeof segmentTypes)[number];

export const segmentStatuses = [
  'untranslated',
  'draft',
  'translated',
  'reviewed',
  'do-not-translate',
] as const;
export type SegmentStatus = (typeof segmentStatuses)[number];

/** A pinyin reading the source website appended after a character, kept as an annotation. */
export interface Reading {
  /** UTF-16 offset of the annotated character in the cleaned source. */
  offset: number;
  /** Length of the annotated base text (one Han character, 1 or 2 UTF-16 units). */
  length: number;
  /** The reading, e.g. `yè`. */
  reading: string;
}

/** What the import pipeline produces for one paragraph of the source. */
export interface SourceSegment {
  /** Stable: the same text imported twice gives the same ids. */
  id: string;
  /** 0-based document order. */
  order: number;
  kind: SegmentKind;
  /**
   * Title, heading level, paragraph or quote. Absent in rows and files written before it
   * existed: `segmentTypeOf` derives it from `kind` then.
   */
  type?: SegmentType;
  /** Cleaned source text (conversion artifacts removed). */
  source: string;
  readings: Reading[];
  /** Exclusive end offsets of each sentence in `source`; the last equals `source.length`. */
  sentenceEnds: number[];
}

/** Where a segment imported from another tool's XLIFF came from (see `Project.originalFiles`). */
export interface SegmentOrigin {
  /** Index into the project's `originalFiles`. */
  file: number;
  /** The unit id exactly as the file had it. */
  unitId: string;
}

/** An inline code of an imported source, at a UTF-16 offset of the plain `source`. */
export interface SourceCode {
  offset: number;
  code: InlineCodeAttrs;
}

/** A segment as the workspace stores it. */
export interface Segment extends SourceSegment {
  projectId: string;
  translation: RichTextDoc;
  translationText: string;
  notes: RichTextDoc;
  notesText: string;
  status: SegmentStatus;
  updatedAt: number;
  /** Set while the English is a memory match or a propagated repetition nobody has edited. */
  fill?: SegmentFill | null;
  /** Only for segments imported from another tool's XLIFF. */
  origin?: SegmentOrigin;
  /** Queries about the source for the client; absent when there are none. */
  comments?: SourceComment[];
  /** The source's inline codes (another tool's XLIFF), in order; the source text holds none. */
  sourceCodes?: SourceCode[];
}
