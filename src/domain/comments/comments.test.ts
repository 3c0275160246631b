import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../test/helpers/sampleDocument';
import { readProjectFile, writeProjectFile } from '../formats/projectFile/projectFile';
import { readWalEntry } from '../formats/writeAheadLog/walEntry';
import type { Segment } from '../model/segment';
import { mergeComments, spanInSource, type SourceComment } from './sourceComment';

const source = '數字經濟是發展的高級階段。';
const comment: SourceComment = {
  id: 'c1',
  span: { offset: 0, length: 4 },
  quote: '數字經濟',
  text: 'Digital economy?',
  author: 'Lin Wei',
  createdAt: 1,
  status: 'open',
  replies: [{ id: 'r1', author: 'Client', createdAt: 2, text: 'Yes.' }],
};

function fileWith(comments: unknown): string {
  const segments = sampleDocument.segments.map((segment, index) =>
    index === 1 ? ({ ...segment, comments } as unknown as Segment) : segment,
  );
  return writeProjectFile({ ...sampleDocument, segments });
}

describe('comments in the project file', () => {
  it('round-trip', () => {
    const read = readProjectFile(fileWith([comment]));
    expect(read.ok && read.document.segments[1]?.comments).toEqual([comment]);
  });

  it.each([
    [
      'a span past the end of the source',
      [{ ...comment, span: { offset: 10, length: 9 } }],
      'segments[1].comments[0].span',
    ],
    [
      'a negative offset',
      [{ ...comment, span: { offset: -1, length: 2 } }],
      'segments[1].comments[0].span',
    ],
    ['an unknown status', [{ ...comment, status: 'done' }], 'segments[1].comments[0].status'],
    ['no text', [{ ...comment, text: undefined }], 'segments[1].comments[0].text'],
    [
      'a reply without text',
      [{ ...comment, replies: [{ id: 'r', author: '', createdAt: 0 }] }],
      'segments[1].comments[0].replies[0].text',
    ],
    ['two comments with one id', [comment, comment], 'segments[1].comments[1].id'],
    ['not a list', { comment }, 'segments[1].comments'],
  ])('refuses %s, naming the field', (_, comments, path) => {
    expect(readProjectFile(fileWith(comments))).toEqual({
      ok: false,
      problem: { code: 'invalid', path },
    });
  });

  it('takes the quote from the source, whatever the file says', () => {
    const read = readProjectFile(fileWith([{ ...comment, quote: 'something else' }]));
    expect(read.ok && read.document.segments[1]?.comments?.[0]?.quote).toBe(source.slice(0, 4));
  });
});

describe('comments in the write-ahead log', () => {
  it('are accepted as an edit, and refused when malformed', () => {
    expect(readWalEntry({ v: 1, at: 5, patch: { comments: [comment] } })).toEqual({
      ok: true,
      entry: { at: 5, patch: { comments: [comment] } },
    });
    expect(readWalEntry({ v: 1, at: 5, patch: { comments: [{ ...comment, status: 1 }] } })).toEqual(
      {
        ok: false,
        path: 'patch.comments[0].status',
      },
    );
  });
});

describe('merging comments from a file', () => {
  it('adds new comments and replies, keeps what is here, and reports no change as null', () => {
    const reply = { id: 'r2', author: 'Client', createdAt: 3, text: 'Confirmed.' };
    const other = { ...comment, id: 'c2', text: 'Another', replies: [] };
    expect(mergeComments([comment], [comment])).toBeNull();
    expect(
      mergeComments(
        [comment],
        [{ ...comment, status: 'resolved', replies: [...comment.replies, reply] }, other],
      ),
    ).toEqual([{ ...comment, replies: [...comment.replies, reply] }, other]);
    // Another tool's copy of our comment (no id of ours) is the same comment.
    expect(mergeComments([comment], [{ ...comment, id: 'x0001' }])).toBeNull();
  });
});

describe('a selection in a source cell', () => {
  it.each([
    [
      'the same offsets when the view is as long as the source',
      '數字經濟',
      '数字经济',
      0,
      4,
      { offset: 0, length: 4 },
    ],
    ['spaces a double click adds left out', '建 數字 ', '建 數字 ', 1, 5, { offset: 2, length: 2 }],
    ['a backwards selection', '數字經濟', '數字經濟', 3, 1, { offset: 1, length: 2 }],
    ['found again where the lengths differ', 'ab數字', 'x數字', 1, 3, { offset: 2, length: 2 }],
    ['nothing for an empty selection', '數字', '數字', 1, 1, null],
  ])('%s', (_, stored, shown, start, end, expected) => {
    expect(spanInSource(stored, shown, start, end)).toEqual(expected);
  });
});
