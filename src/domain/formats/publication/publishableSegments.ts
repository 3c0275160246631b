import type { RichTextDoc } from '../../model/richText';
import { plainTextToRichText, richTextToPlainText } from '../../model/richTextToPlainText';
import type { Segment, SegmentType } from '../../model/segment';
import { segmentTypeOf } from '../../model/segmentType';

/** What a gap (an untranslated or draft segment) becomes in a document for publication. */
export const untranslatedPolicies = ['omit', 'source', 'placeholder'] as const;
export type UntranslatedPolicy = (typeof untranslatedPolicies)[number];

/** Gaps stay visible unless the translator chooses to leave them out: text never goes silently. */
export const defaultUntranslatedPolicy: UntranslatedPolicy = 'placeholder';

export function isUntranslatedPolicy(value: unknown): value is UntranslatedPolicy {
  return typeof value === 'string' && (untranslatedPolicies as readonly string[]).includes(value);
}

export interface PublishableSegment {
  /** The segment it comes from (the preview follows the active segment by it). */
  segmentId: string;
  kind: Segment['kind'];
  /** Title, heading level, paragraph or quote: the block it becomes. */
  type: SegmentType;
  content: RichTextDoc;
  /** Shown in the source language (untranslated, policy "source"). */
  isSource: boolean;
  /** Stands for a missing translation (policy "placeholder"). */
  isPlaceholder: boolean;
}

/** Segments a publication cannot show as finished English ("Do not translate" is not a gap). */
export interface PublicationGaps {
  /** No translation text at all. */
  untranslated: number;
  /** Translated but not confirmed: Draft (or Untranslated with text, as from another tool). */
  drafts: number;
}

type Gap = keyof PublicationGaps;

function gapOf(segment: Segment): Gap | null {
  if (segment.status === 'do-not-translate') return null;
  if (segment.translationText.trim() === '') return 'untranslated';
  return segment.status === 'translated' || segment.status === 'reviewed' ? null : 'drafts';
}

export function publicationGaps(segments: readonly Segment[]): PublicationGaps {
  const gaps: PublicationGaps = { untranslated: 0, drafts: 0 };
  for (const segment of segments) {
    const gap = gapOf(segment);
    if (gap) gaps[gap] += 1;
  }
  return gaps;
}

/** A gap's place (1-based segment number) and id, in document order. */
export interface GapSegment {
  number: number;
  segment: Segment;
}

/** Which segments are gaps, per kind of gap, in document order: for the readiness list. */
export function publicationGapSegments(segments: readonly Segment[]): {
  untranslated: GapSegment[];
  drafts: GapSegment[];
} {
  const found = { untranslated: [] as GapSegment[], drafts: [] as GapSegment[] };
  segments.forEach((segment, index) => {
    const gap = gapOf(segment);
    if (gap) found[gap].push({ number: index + 1, segment });
  });
  return found;
}

/**
 * The segments a publication shows, in order: "Do not translate" ones never; gaps (untranslated
 * and draft segments: a draft is not yet publishable English) left out, shown in the source, or
 * marked, as the translator chose.
 */
export function publishableSegments(
  segments: readonly Segment[],
  policy: UntranslatedPolicy,
  placeholder: string,
): PublishableSegment[] {
  return segments.flatMap((segment): PublishableSegment[] => {
    if (segment.status === 'do-not-translate') return [];
    if (gapOf(segment) === null) {
      return [
        {
          segmentId: segment.id,
          kind: segment.kind,
          type: segmentTypeOf(segment),
          content: segment.translation,
          isSource: false,
          isPlaceholder: false,
        },
      ];
    }
    if (policy === 'omit') return [];
    if (policy === 'source') {
      return [
        {
          segmentId: segment.id,
          kind: segment.kind,
          type: segmentTypeOf(segment),
          content: plainTextToRichText(segment.source),
          isSource: true,
          isPlaceholder: false,
        },
      ];
    }
    return [
      {
        segmentId: segment.id,
        kind: segment.kind,
        type: segmentTypeOf(segment),
        content: plainTextToRichText(placeholder),
        isSource: false,
        isPlaceholder: true,
      },
    ];
  });
}

/** The publication's title: segment 1 as one line of plain text, or the project's name. */
export function publicationTitle(
  pieces: readonly PublishableSegment[],
  projectName: string,
): string {
  const first = pieces[0];
  return first ? richTextToPlainText(first.content).replace(/\n/g, ' ') : projectName;
}
