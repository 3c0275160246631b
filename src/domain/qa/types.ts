import type { SegmentKind, SegmentStatus } from '../model/segment';

/**
 * The quality-check contract shared by every check module, the incremental engine, its worker and
 * the UI. Checks are pure: the same input gives the same issues, in Node and in a worker.
 */

export type QaSeverity = 'error' | 'warning';

/** Which text a highlighted range lies in. */
export type QaField = 'source' | 'translation';

/** A half-open range of UTF-16 offsets in the segment's plain text (`source` or `translation`). */
export interface QaRange {
  field: QaField;
  start: number;
  end: number;
}

/** Message parameters: interpolated into the interface language's message. */
export type QaParams = Readonly<Record<string, string | number>>;

export interface QaIssue {
  /** The check that raised it (its module's `id`). */
  check: string;
  severity: QaSeverity;
  segmentId: string;
  /**
   * Stable identity of this finding, used to ignore it: `check`, the segment and what was found
   * (e.g. `numbers:seg-12:七`), never an offset, so editing elsewhere does not revive an ignore.
   */
  key: string;
  /** An i18n key under `qa.messages`, e.g. `qa.messages.numbers.missing`. */
  message: string;
  /** Names what was found, in both languages where it applies (e.g. `{ source: '七份', expected: '7' }`). */
  params: QaParams;
  ranges: QaRange[];
}

/** What a check sees of one segment. */
export interface QaSegment {
  id: string;
  /** 0-based document order. */
  index: number;
  kind: SegmentKind;
  status: SegmentStatus;
  /** The cleaned source, in the script it was imported in. */
  source: string;
  /** Exclusive end offsets of each sentence in `source`. */
  sentenceEnds: readonly number[];
  /** The English as plain text (`Segment.translationText`). */
  translation: string;
  /** Keys of the source's inline codes from another tool (see inlineCodeMatching.ts), if any. */
  sourceCodes?: readonly string[];
  /** Keys of the inline codes in the English. */
  translationCodes?: readonly string[];
  /** What each code key shows as a tag (`{0}`, `<a>`), for messages. */
  codeLabels?: Readonly<Record<string, string>>;
}

/** A check of one segment on its own: re-run only when that segment changes. */
export interface SegmentCheck {
  id: string;
  check(segment: QaSegment): QaIssue[];
}
