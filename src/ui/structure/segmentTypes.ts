import type { SegmentType } from '../../domain/model/segment';

/** The digit of Ctrl+Alt+digit for each type: Word's Ctrl+Alt+1…3 for the heading levels. */
export const segmentTypeShortcutOrder: readonly SegmentType[] = [
  'paragraph',
  'heading1',
  'heading2',
  'heading3',
  'quote',
  'title',
];

/** The order the Segment type menu lists them in: as they nest in a document. */
export const segmentTypeMenuOrder: readonly SegmentType[] = [
  'title',
  'heading1',
  'heading2',
  'heading3',
  'paragraph',
  'quote',
];
