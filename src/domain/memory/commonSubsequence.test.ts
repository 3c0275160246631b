import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommonSubsequence } from './commonSubsequence';

/** The textbook dynamic programme, for comparison. */
function lcsByTable(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [0];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] =
        a[i - 1] === b[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, row[j - 1] as number);
    }
    previous = row;
  }
  return previous[b.length] as number;
}

describe('CommonSubsequence', () => {
  it.each([
    ['加快推进工业互联网创新发展', '加快推动工业互联网融合发展', 10],
    ['产业互联网', '产业互联网', 5],
    ['数字经济', '金融科技', 0],
    ['', '产业', 0],
    ['产业', '', 0],
    ['网网网', '网', 1],
  ])('%s and %s share %d characters in order', (a, b, expected) => {
    const subsequence = new CommonSubsequence();
    subsequence.prepare(a);
    expect(subsequence.lengthWith(b)).toBe(expected);
  });

  it('agrees with the table on the proposal, across word boundaries of 32 characters', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../source-text/industrial-internet-proposal.txt'),
      'utf8',
    );
    const paragraphs = text.split('\n').filter((paragraph) => paragraph.length > 0);
    const subsequence = new CommonSubsequence();
    let compared = 0;
    for (let at = 0; at + 1 < paragraphs.length; at += 2) {
      // Runs of 31 to 200 characters, so the prepared text ends inside and at the edge of a word.
      const a = (paragraphs[at] as string).slice(0, 31 + ((at * 37) % 170));
      const b = (paragraphs[at + 1] as string).slice(0, 200);
      subsequence.prepare(a);
      expect(subsequence.lengthWith(b)).toBe(lcsByTable(a, b));
      expect(subsequence.lengthWith(a)).toBe(a.length);
      compared += 1;
    }
    subsequence.prepare('');
    expect(subsequence.lengthWith('产业')).toBe(0);
    expect(compared).toBeGreaterThan(10);
  });
});
