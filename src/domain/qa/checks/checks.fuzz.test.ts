import fc from 'fast-check';
import { describe, it } from 'vitest';
import { qaSegment } from '../../../../test/helpers/qaSegment';
import { fuzzRuns } from '../../../../test/fuzz/mutate';
import { segmentStatuses } from '../../model/segment';
import type { QaIssue } from '../types';
import { perSegmentChecks } from './index';

/** Pieces the checks look at, so random text is full of numerals, dates and punctuation. */
const pieces = [
  ...'〇零一二三四五六七八九十百千萬万億亿兆兩两第分之多餘年月日號個份項點大，。、：；！？「」『』《》（）【】…“”‘’"\'()[]{}.!?%-  '.split(
    '',
  ),
  '百分之',
  '0',
  '7',
  '2018',
  '3.5',
  '1,200',
  '進一步',
  '兩會',
  'one',
  'seven',
  'eleven',
  'twenty-one',
  'hundred',
  'billion',
  'per cent',
  'first',
  'September',
  'May',
  'the',
  'e.g.',
  'No.',
  '產業',
  '\u{20000}',
  '\uD800',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('the per-segment checks on any text', () => {
  it('never throw, and give ranges inside the text and one key per finding', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom(...segmentStatuses),
        fc.constantFrom('heading' as const, 'paragraph' as const),
        (source, translation, status, kind) => {
          const segment = qaSegment(source, translation, { status, kind });
          const issues: QaIssue[] = perSegmentChecks.flatMap((check) => check.check(segment));
          const problems: string[] = [];
          const keys = new Set<string>();
          for (const issue of issues) {
            if (keys.has(issue.key)) problems.push(`duplicate key ${issue.key}`);
            keys.add(issue.key);
            for (const range of issue.ranges) {
              const length = range.field === 'source' ? source.length : translation.length;
              if (range.start < 0 || range.start > range.end || range.end > length)
                problems.push(`${issue.key}: range ${JSON.stringify(range)} of ${length}`);
            }
          }
          // A plain result, not an expect per run: fast-check reports the shrunk input.
          if (problems.length > 0) throw new Error(problems.join('\n'));
        },
      ),
      { numRuns: fuzzRuns },
    );
    // A bound for a loaded two-core machine; a run takes well under a second on its own.
  }, 30_000);
});
