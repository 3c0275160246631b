import { foldText, type CharFold } from '../glossary/charFold';
import type { SegmentStatus } from '../model/segment';

export const segmentFilterKinds = [
  'all',
  'untranslated',
  'draft',
  'translated',
  'reviewed',
  'qualityIssues',
  'glossaryTerm',
] as const;
export type SegmentFilterKind = (typeof segmentFilterKinds)[number];

export interface SegmentFilter {
  kind: SegmentFilterKind;
  /** Text the source or the English must contain; '' for none. */
  text: string;
}

export const noFilter: SegmentFilter = { kind: 'all', text: '' };

export function isFilterOn(filter: SegmentFilter): boolean {
  return filter.kind !== 'all' || filter.text.trim() !== '';
}

export interface FilterableSegment {
  readonly id: string;
  readonly source: string;
  readonly translationText: string;
  readonly status: SegmentStatus;
}

export interface FilterInputs {
  /** Segments the quality checks raised an issue in. */
  qualityIssueSegmentIds: Pick<ReadonlySet<string>, 'has'>;
  /** Segments whose source holds a glossary term. */
  glossarySegmentIds: ReadonlySet<string>;
  /** The glossary's character fold; until it loads the source is compared as is. */
  fold: CharFold | null;
  /** The folded source of a segment, cached by the caller (sources do not change). */
  foldedSource: (segment: FilterableSegment) => string;
}

/**
 * Whether a segment shows under a filter. The text is looked for in the source script-insensitively
 * (folded as the glossary folds: 互联网 finds 互聯網) and in the English ignoring case.
 */
export function filterPredicate(
  filter: SegmentFilter,
  inputs: FilterInputs,
): (segment: FilterableSegment) => boolean {
  const text = filter.text.trim();
  const inSource = inputs.fold ? foldText(text, inputs.fold) : text;
  const inEnglish = text.toLowerCase();
  const kind = filter.kind;
  return (segment) => {
    if (kind === 'qualityIssues' && !inputs.qualityIssueSegmentIds.has(segment.id)) return false;
    if (kind === 'glossaryTerm' && !inputs.glossarySegmentIds.has(segment.id)) return false;
    if (
      (kind === 'untranslated' ||
        kind === 'draft' ||
        kind === 'translated' ||
        kind === 'reviewed') &&
      segment.status !== kind
    )
      return false;
    if (text === '') return true;
    return (
      inputs.foldedSource(segment).includes(inSource) ||
      segment.translationText.toLowerCase().includes(inEnglish)
    );
  };
}

/**
 * The positions (0-based, in document order) of the segments a filter shows, computed once when
 * the filter changes and then kept up to date one segment at a time: an edit re-tests only the
 * segment edited, and the list changes only when that segment starts or stops matching.
 *
 * One segment may be held in the list although it no longer matches: the one the translator is
 * in. Filtering on Untranslated and confirming a segment must not pull it out from under the
 * caret; it goes when the translator moves to another segment.
 */
export interface SegmentSource<S> {
  readonly ids: readonly string[];
  get(id: string): S | undefined;
  indexOf(id: string): number;
}

export class FilteredSegments<S extends FilterableSegment> {
  private positions: number[] = [];
  private held: string | null;

  constructor(
    private readonly segments: SegmentSource<S>,
    private readonly matches: (segment: S) => boolean,
    held: string | null = null,
  ) {
    segments.ids.forEach((id, position) => {
      const segment = segments.get(id);
      if (id === held || (segment && matches(segment))) this.positions.push(position);
    });
    this.held = held;
  }

  /** Positions shown, ascending: a new array whenever it changed. */
  visible(): readonly number[] {
    return this.positions;
  }

  /** Where document position `index` is in the list, or -1 when it is filtered out. */
  positionOf(index: number): number {
    const at = lowerBound(this.positions, index);
    return this.positions[at] === index ? at : -1;
  }

  /** Re-tests one segment after it changed. Returns whether the list changed. */
  update(id: string): boolean {
    const segment = this.segments.get(id);
    return this.setShown(id, id === this.held || (segment !== undefined && this.matches(segment)));
  }

  /**
   * Keeps `id` (the segment the translator is in) in the list whatever it holds; the segment held
   * before goes if it no longer matches. Returns whether the list changed.
   */
  hold(id: string | null): boolean {
    if (id === this.held) return false;
    const before = this.held;
    this.held = id;
    let changed = false;
    if (before !== null) changed = this.update(before) || changed;
    if (id !== null) changed = this.setShown(id, true) || changed;
    return changed;
  }

  private setShown(id: string, shown: boolean): boolean {
    const index = this.segments.indexOf(id);
    if (index < 0) return false;
    const at = lowerBound(this.positions, index);
    const present = this.positions[at] === index;
    if (present === shown) return false;
    const next = this.positions.slice();
    if (shown) next.splice(at, 0, index);
    else next.splice(at, 1);
    this.positions = next;
    return true;
  }
}

export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
