import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../test/helpers/sampleDocument';
import type { SourceComment } from '../comments/sourceComment';
import type { XliffUnit } from '../formats/xliff/readXliff';
import { plainTextToRichText } from '../model/richTextToPlainText';
import type { Segment } from '../model/segment';
import { planXliffMerge, type LocalSegment } from './planXliffMerge';

const here = sampleDocument.segments[1] as Segment;
const query: SourceComment = {
  id: 'c1',
  span: { offset: 0, length: 4 },
  quote: 'ignored: taken from the segment',
  text: 'Digital economy?',
  author: 'Client',
  createdAt: 1,
  status: 'open',
  replies: [],
};

function plan(unit: Partial<XliffUnit>, revision: number) {
  const local = new Map<string, LocalSegment>([
    [here.id, { segment: here, revision: 7, number: 2 }],
  ]);
  return planXliffMerge(local, [
    {
      id: here.id,
      kind: here.kind,
      source: here.source,
      sourceCodes: [],
      translation: here.translation,
      translationText: here.translationText,
      notesText: here.notesText,
      status: here.status,
      revision,
      ...unit,
    },
  ]);
}

describe('merging a file with comments', () => {
  it('adds them to a segment the file does not otherwise change, quoting its own source', () => {
    const merged = plan({ comments: [query] }, 7);
    expect(merged.updates.get(here.id)).toEqual({
      comments: [{ ...query, quote: here.source.slice(0, 4) }],
    });
    expect(merged.unchanged).toEqual([]);
  });

  it('keeps them whatever the translator chooses in a conflict', () => {
    const theirs = plainTextToRichText('Their English.');
    const merged = plan(
      { comments: [query], translation: theirs, translationText: 'Their English.' },
      3,
    );
    const comments = [{ ...query, quote: here.source.slice(0, 4) }];
    expect(merged.conflicts[0]?.theirs.comments).toEqual(comments);
    // "Keep mine" applies the updates only: the comments are there too.
    expect(merged.updates.get(here.id)).toEqual({ comments });
  });

  it('leaves out a span that does not fit the segment', () => {
    const merged = plan({ comments: [{ ...query, span: { offset: 50, length: 4 } }] }, 7);
    expect(merged.unchanged).toEqual([here.id]);
  });
});
