import { segmentTypes, type SegmentKind, type SegmentType, type SourceSegment } from './segment';

export function isSegmentType(value: unknown): value is SegmentType {
  return typeof value === 'string' && (segmentTypes as readonly string[]).includes(value);
}

/** Headings (the title among them) are `kind` heading; paragraphs and quotes are paragraphs. */
export function kindOfType(type: SegmentType): SegmentKind {
  return type === 'paragraph' || type === 'quote' ? 'paragraph' : 'heading';
}

/**
 * The type a segment has, or the one a segment stored before types existed is read as: the
 * heading that opens the document is its title, every other heading a Heading 1 (what the
 * exports made of them then).
 */
export function segmentTypeOf(
  segment: Pick<SourceSegment, 'kind' | 'order' | 'type'>,
): SegmentType {
  if (segment.type) return segment.type;
  return typeFromKind(segment.kind, segment.order === 0);
}

/** What import guesses from a line's kind: the first line, when a heading, is the title. */
export function typeFromKind(kind: SegmentKind, first: boolean): SegmentType {
  if (kind === 'paragraph') return 'paragraph';
  return first ? 'title' : 'heading1';
}

/** Markdown `#`…`######`: a first `#` is the title, then one level down per `#`, at most 3. */
export function typeFromMarkdownLevel(level: number, first: boolean): SegmentType {
  if (level <= 1) return first ? 'title' : 'heading1';
  return level === 2 ? 'heading1' : level === 3 ? 'heading2' : 'heading3';
}

/** The patch that gives a segment a type: its kind follows, so views keyed on kind agree. */
export function segmentTypePatch(type: SegmentType): { type: SegmentType; kind: SegmentKind } {
  return { type, kind: kindOfType(type) };
}
