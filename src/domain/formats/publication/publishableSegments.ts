import type { RichTextDoc } from '../../model/richText';
import { plainTextToRichText, richTextToPlainText } from '../../model/richTextToPlainText';
import type { Segment } from '../../model/segment';

/** What an untranslated segment becomes in a document for publication. */
export const untranslatedPolicies = ['omit', 'source', 'placeholder'] as const;
export type UntranslatedPolicy = (typeof untranslatedPolicies)[number];

export function isUntranslatedPolicy(value: unknown): value is UntranslatedPolicy {
  return typeof value === 'string' && (untranslatedPolicies as readonly string[]).includes(value);
}

export interface PublishableSegment {
  kind: Segment['kind'];
  content: RichTextDoc;
  /** Shown in the source language (untranslated, policy "source"). */
  isSource: boolean;
  /** Stands for a missing translation (policy "placeholder"). */
  isPlaceholder: boolean;
}

/**
 * The segments a publication shows, in order: "Do not translate" ones never; untranslated ones
 * left out, shown in the source, or marked, as the translator chose.
 */
export function publishableSegments(
  segments: readonly Segment[],
  policy: UntranslatedPolicy,
  placeholder: string,
): PublishableSegment[] {
  return segments.flatMap((segment): PublishableSegment[] => {
    if (segment.status === 'do-not-translate') return [];
    if (segment.translationText.trim() !== '') {
      return [
        { kind: segment.kind, content: segment.translation, isSource: false, isPlaceholder: false },
      ];
    }
    if (policy === 'omit') return [];
    if (policy === 'source') {
      return [
        {
          kind: segment.kind,
          content: plainTextToRichText(segment.source),
          isSource: true,
          isPlaceholder: false,
        },
      ];
    }
    return [
      {
        kind: segment.kind,
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
