import type { QaIssue, QaSegment, SegmentCheck } from '../types';
import { qaIssue, sourceRange, translationRange } from './issue';
import { allMatches } from './textScan';

/**
 * Is the whole segment translated?
 * - A confirmed segment (translated or reviewed) with empty English: error.
 * - English identical to a source that has Han characters (the source pasted and confirmed, or
 *   not yet translated): error. A source without Han characters ("LBS", "2020") may rightly stay
 *   as it is.
 * - Fewer English sentences than source sentences: warning, "may be incomplete" (a translator
 *   may join two sentences; a half-translated paragraph also looks like this). The source
 *   sentences past the English count are highlighted, as the tail is what is usually missing.
 * Untranslated and draft segments with empty English raise nothing, and "Do not translate"
 * segments are never checked.
 */

const hasWordCharacter = /[\p{L}\p{N}]/u;
const hasHan = /\p{Script=Han}/u;

/** Sentences of the source that have words: `。 )` after the last one is not a sentence. */
function sourceSentences(segment: QaSegment): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const end of segment.sentenceEnds) {
    if (hasWordCharacter.test(segment.source.slice(start, end))) sentences.push({ start, end });
    start = end;
  }
  return sentences;
}

const sentenceEnd = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
/** Words after which a full stop does not end a sentence: e.g. Beijing, No. 1, Dr. Ma. */
const abbreviations = new Set([
  'e.g',
  'i.e',
  'etc',
  'cf',
  'vs',
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'fig',
  'art',
  'vol',
  'pp',
  'p',
  'approx',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'dept',
  'gov',
  'govt',
]);
const wordBefore = /([A-Za-z.]+)\.$/;
const nextStartsSentence = /^\s+["'“‘([]?[\p{Lu}\p{N}]/u;

/**
 * English sentences: a sentence ends at . ! ? or … (with closing quotes and brackets) followed by
 * a space and a capital, a digit or an opening quote, or by the end of the text. Not after an
 * abbreviation (e.g., i.e., No., Dr.) or an initial (P. Ma, U.S.); "3.5" has no space after its
 * point, and "… and" goes on in lower case.
 */
export function countEnglishSentences(text: string): number {
  let count = 0;
  let lastEnd = 0;
  let textEnd = text.length;
  while (textEnd > 0 && /\s/.test(text[textEnd - 1] ?? '')) textEnd -= 1;
  for (const match of allMatches(sentenceEnd, text)) {
    const end = match.index + match[0].length;
    const atEnd = end >= textEnd;
    if (!atEnd && !nextStartsSentence.test(text.slice(end, end + 4))) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..') && !atEnd) {
      const word = wordBefore.exec(text.slice(Math.max(0, match.index - 12), match.index + 1));
      const before = (word?.[1] ?? '').toLowerCase();
      if (abbreviations.has(before) || /^[a-z]$/.test(before) || /^([a-z]\.)+[a-z]$/.test(before))
        continue;
    }
    if (hasWordCharacter.test(text.slice(lastEnd, end))) count += 1;
    lastEnd = end;
  }
  if (hasWordCharacter.test(text.slice(lastEnd))) count += 1;
  return count;
}

const confirmed = new Set(['translated', 'reviewed']);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export const completenessCheck: SegmentCheck = {
  id: 'completeness',
  check(segment) {
    if (segment.status === 'do-not-translate') return [];
    const english = segment.translation.trim();
    if (english === '') {
      if (!confirmed.has(segment.status)) return [];
      return [
        qaIssue('completeness', 'error', segment, 'empty', 'empty', {}, [
          sourceRange(0, segment.source.length),
        ]),
      ];
    }
    // English with no Han character cannot be the (Han) source: most texts stop at the first test.
    if (
      hasHan.test(segment.translation) &&
      hasHan.test(segment.source) &&
      collapse(segment.translation) === collapse(segment.source)
    ) {
      return [
        qaIssue('completeness', 'error', segment, 'identical', 'identical', {}, [
          translationRange(0, segment.translation.length),
        ]),
      ];
    }
    const issues: QaIssue[] = [];
    const sentences = sourceSentences(segment);
    const englishCount = countEnglishSentences(segment.translation);
    if (englishCount < sentences.length) {
      const untranslated = sentences.slice(englishCount);
      issues.push(
        qaIssue(
          'completeness',
          'warning',
          segment,
          'fewerSentences',
          'fewerSentences',
          { source: sentences.length, translation: englishCount },
          untranslated.map(({ start, end }) => sourceRange(start, end)),
        ),
      );
    }
    return issues;
  },
};
