import type { Segment, SegmentKind, SegmentType } from '../../model/segment';
import { isSegmentType, kindOfType, segmentTypeOf } from '../../model/segmentType';

/**
 * A segment's type in XLIFF. 2.0's unit `type` must be `prefix:value` (the prefix names who
 * defines the value; `xlf` is reserved), so the types are `bw:title`, `bw:heading1`… 1.2's
 * `restype` takes its own list or `x-` values: `x-title`, `x-heading1`… Paragraphs carry none.
 * Files from before types existed wrote `bw:heading` / `x-heading`: read as a heading whose
 * level comes from its place (see `segmentTypeOf`).
 */
export function unitTypeAttribute2(segment: Segment): string {
  const type = segmentTypeOf(segment);
  return type === 'paragraph' ? '' : `type="bw:${type}"`;
}

export function restypeAttribute12(segment: Segment): string {
  const type = segmentTypeOf(segment);
  return type === 'paragraph' ? '' : `restype="x-${type}"`;
}

/** The kind and, when the file names one of ours, the type of a unit. */
export function readUnitType(
  value: string | null,
  prefix: 'bw:' | 'x-',
): { kind: SegmentKind; type?: SegmentType } {
  const name = value?.startsWith(prefix) ? value.slice(prefix.length) : '';
  if (isSegmentType(name)) return { kind: kindOfType(name), type: name };
  return { kind: /heading/i.test(value ?? '') ? 'heading' : 'paragraph' };
}
