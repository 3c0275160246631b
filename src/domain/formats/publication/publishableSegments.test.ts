import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { richTextToPlainText } from '../../model/richTextToPlainText';
import type { Segment, SegmentStatus } from '../../model/segment';
import {
  defaultUntranslatedPolicy,
  publicationGapSegments,
  publicationGaps,
  publishableSegments,
  type UntranslatedPolicy,
} from './publishableSegments';

function firstSample(): Segment {
  const [first] = sampleDocument.segments;
  if (!first) throw new Error('the sample has segments');
  return first;
}
const template = firstSample();

/** Segments of the proposal as a translator leaves them mid-way. */
function segment(id: string, source: string, status: SegmentStatus, translation: string): Segment {
  return {
    ...template,
    id,
    kind: 'paragraph',
    source,
    status,
    translation: {
      type: 'doc',
      content: [
        translation
          ? { type: 'paragraph', content: [{ type: 'text', text: translation }] }
          : {
              type: 'paragraph',
            },
      ],
    },
    translationText: translation,
  };
}

const segments = [
  segment(
    'a',
    '工業互聯網創新發展行動計劃',
    'translated',
    'Action plan for the industrial internet',
  ),
  segment('b', '數字經濟是發展的高級階段。', 'draft', 'The digital economy is an advanced stage'),
  segment('c', '加快推進工業互聯網創新發展。', 'untranslated', ''),
  segment('d', '產業互聯網', 'reviewed', 'Industrial internet'),
  segment('e', '(免責聲明:本網站內容)', 'do-not-translate', ''),
  // Cleared after it was confirmed: nothing to publish, whatever the status says.
  segment('f', '新基建是基礎。', 'translated', '  '),
];

const published = (policy: UntranslatedPolicy) =>
  publishableSegments(segments, policy, '[Translation pending]').map((piece) =>
    richTextToPlainText(piece.content),
  );

describe('what a publication shows', () => {
  it('counts the untranslated segments and the drafts, never "Do not translate"', () => {
    expect(publicationGaps(segments)).toEqual({ untranslated: 2, drafts: 1 });
    expect(publicationGaps(segments.filter((s) => s.status !== 'draft'))).toEqual({
      untranslated: 2,
      drafts: 0,
    });
    expect(
      publicationGaps([segments[0], segments[3], segments[4]].flatMap((s) => s ?? [])),
    ).toEqual({ untranslated: 0, drafts: 0 });
  });

  it('lists the gaps by segment number for the readiness summary, the cleared one as untranslated', () => {
    const numbers = (gaps: { number: number }[]) => gaps.map((gap) => gap.number);
    const found = publicationGapSegments(segments);
    expect(numbers(found.untranslated)).toEqual([3, 6]);
    expect(numbers(found.drafts)).toEqual([2]);
    expect(found.drafts[0]?.segment.id).toBe('b');
  });

  it('names the segment each published piece comes from (the preview follows it)', () => {
    expect(publishableSegments(segments, 'omit', '').map((piece) => piece.segmentId)).toEqual([
      'a',
      'd',
    ]);
    expect(
      publishableSegments(segments, 'placeholder', '').map((piece) => piece.segmentId),
    ).toEqual(['a', 'b', 'c', 'd', 'f']);
  });

  it.each([
    [
      'source',
      [
        'Action plan for the industrial internet',
        '數字經濟是發展的高級階段。',
        '加快推進工業互聯網創新發展。',
        'Industrial internet',
        '新基建是基礎。',
      ],
    ],
    [
      'placeholder',
      [
        'Action plan for the industrial internet',
        '[Translation pending]',
        '[Translation pending]',
        'Industrial internet',
        '[Translation pending]',
      ],
    ],
    ['omit', ['Action plan for the industrial internet', 'Industrial internet']],
  ] as const)('treats a draft as a gap like an untranslated segment: %s', (policy, expected) => {
    expect(published(policy)).toEqual(expected);
  });

  it('keeps the gaps visible unless the translator chooses to leave them out', () => {
    expect(['source', 'placeholder']).toContain(defaultUntranslatedPolicy);
  });
});
