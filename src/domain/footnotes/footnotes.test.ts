import { describe, expect, it } from 'vitest';
import {
  footnote,
  footnoteDocument,
  twoSessionsNote,
} from '../../../test/helpers/footnoteDocument';
import { richTextToPlainText } from '../model/richTextToPlainText';
import { FootnoteNumbering } from './footnoteNumbering';
import { countFootnotes, footnotesOf } from './footnotes';

describe('footnote numbering', () => {
  it.each([
    // counts per segment → first number of each segment
    [
      [0, 1, 2, 0, 3],
      [1, 1, 2, 4, 4],
    ],
    [[], []],
    [[2], [1]],
    [
      [0, 0, 0],
      [1, 1, 1],
    ],
  ])('numbers notes in segment order: counts %j give first numbers %j', (counts, firsts) => {
    const numbering = new FootnoteNumbering(counts);
    expect(counts.map((_, index) => numbering.firstNumberAt(index))).toEqual(firsts);
    expect(numbering.total()).toBe(counts.reduce((sum, count) => sum + count, 0));
  });

  it('renumbers later segments when a note is added or removed, and says when nothing moved', () => {
    const numbering = new FootnoteNumbering([1, 0, 2, 1]);
    expect(numbering.setCount(1, 0)).toBe(false);
    expect(numbering.setCount(1, 2)).toBe(true);
    expect([0, 1, 2, 3].map((index) => numbering.firstNumberAt(index))).toEqual([1, 2, 4, 6]);
    expect(numbering.setCount(0, 0)).toBe(true);
    expect([0, 1, 2, 3].map((index) => numbering.firstNumberAt(index))).toEqual([1, 1, 3, 5]);
    expect(numbering.total()).toBe(5);
  });

  it('agrees with counting from the start on 20,000 segments after random edits', () => {
    const counts: number[] = Array.from({ length: 20_000 }, (_, index) =>
      index % 7 === 0 ? 1 : 0,
    );
    const numbering = new FootnoteNumbering(counts);
    let seed = 7;
    for (let edit = 0; edit < 500; edit += 1) {
      seed = (seed * 48271) % 2147483647;
      const index = seed % counts.length;
      counts[index] = seed % 3;
      numbering.setCount(index, seed % 3);
    }
    let expected = 1;
    counts.forEach((count, index) => {
      if (index % 997 === 0) expect(numbering.firstNumberAt(index)).toBe(expected);
      expected += count;
    });
  });

  it('finds the notes of a translation in reading order', () => {
    const [first, second] = footnoteDocument.segments;
    expect(countFootnotes(first?.translation ?? { type: 'doc', content: [] })).toBe(1);
    expect(footnotesOf(second?.translation ?? { type: 'doc', content: [] })).toHaveLength(2);
  });
});

describe('plain text of a translation with notes', () => {
  it('leaves the note out of the sentence (QA, find and the memory read this)', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [
            { type: 'text' as const, text: 'the Two Sessions' },
            footnote(twoSessionsNote),
            { type: 'text' as const, text: ' opened.' },
          ],
        },
      ],
    };
    expect(richTextToPlainText(doc)).toBe('the Two Sessions opened.');
  });
});
