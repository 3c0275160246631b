import type { SegmentKind } from '../model/segment';

const maxHeadingLength = 40;
const sentenceFinal = /[。．.！!？?；;：:…][”’」』）)》"']*$/u;

/**
 * A line is a heading when it is indented, or short without sentence-final punctuation, or the
 * short first line of the document (a title, which may well end with a question mark).
 */
export function classifyLine(rawLine: string, indexAmongNonEmpty: number): SegmentKind {
  if (/^[ \t\u3000]/.test(rawLine)) return 'heading';
  const text = rawLine.trim();
  const short = [...text].length <= maxHeadingLength;
  if (!short) return 'paragraph';
  if (indexAmongNonEmpty === 0) return 'heading';
  return sentenceFinal.test(text) ? 'paragraph' : 'heading';
}
