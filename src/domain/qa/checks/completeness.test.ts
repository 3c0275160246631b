import { describe, expect, it } from 'vitest';
import { qaSegment } from '../../../../test/helpers/qaSegment';
import type { QaSegment } from '../types';
import { completenessCheck, countEnglishSentences } from './completeness';

const check = (source: string, english: string, overrides: Partial<QaSegment> = {}) =>
  completenessCheck.check(qaSegment(source, english, overrides));

describe('countEnglishSentences', () => {
  it.each([
    ['One. Two. Three.', 3],
    ['One sentence without a stop', 1],
    ['Cities, e.g. Beijing, grow. They do.', 2],
    ['Cities, i.e. Beijing, grow.', 1],
    ['See No. 1 for details. Then go.', 2],
    ['Growth was 3.5 per cent. It rose.', 2],
    ['Dr. Ma spoke. He left.', 2],
    ['P. Ma spoke in the U.S. on Monday.', 1],
    ['He said “Go.” Then he left.', 2],
    ['What? Yes! Fine.', 3],
    ['Wait… and see.', 1],
    ['(Disclaimer: for reference only. This website tries.', 2],
    ['', 0],
  ])('%j has %i sentences', (text, count) => {
    expect(countEnglishSentences(text)).toBe(count);
  });
});

describe('completeness check', () => {
  it.each([
    ['untranslated', ''],
    ['draft', ''],
    ['draft', '   '],
    ['do-not-translate', ''],
  ] as const)('a %s segment with empty English raises nothing', (status, english) => {
    expect(check('數字經濟。', english, { status })).toEqual([]);
  });

  it.each(['translated', 'reviewed'] as const)(
    'a %s segment with empty English is an error',
    (status) => {
      expect(check('數字經濟。', ' ', { status })).toMatchObject([
        { check: 'completeness', severity: 'error', message: 'qa.messages.completeness.empty' },
      ]);
    },
  );

  it('flags English identical to the source, unless the segment is kept as it is', () => {
    expect(check('數字經濟。', '數字經濟。')).toMatchObject([
      { severity: 'error', message: 'qa.messages.completeness.identical' },
    ]);
    expect(check('數字經濟。', '數字經濟。', { status: 'draft' })).toMatchObject([
      { message: 'qa.messages.completeness.identical' },
    ]);
    expect(check('數字經濟。', '數字經濟。', { status: 'do-not-translate' })).toEqual([]);
    // Nothing Chinese to translate: an acronym stays as it is.
    expect(check('LBS', 'LBS')).toEqual([]);
  });

  it.each([
    [
      '產業互聯網是重要動力。是有力抓手。',
      'It is an important driving force. It is a powerful lever.',
    ],
    ['產業互聯網是重要動力。是有力抓手。', 'It is a driving force. It is a lever. It matters.'],
    ['本網站將盡力確保準確性。本網站概不負責。 )', 'This website tries. It accepts no liability.)'],
    ['通過十一個核心點,帶你一文回顧建議內容:', 'Here is a look back in eleven key points:'],
  ])('%s → %j is complete', (source, english) => {
    expect(check(source, english)).toEqual([]);
  });

  it('warns that a half-translated paragraph may be incomplete, marking the untranslated tail', () => {
    const source = '產業互聯網是重要動力。是有力抓手。具有重要意義。';
    const issues = check(source, 'The industrial internet is an important driving force.');
    expect(issues).toEqual([
      {
        check: 'completeness',
        severity: 'warning',
        segmentId: 'seg',
        key: 'completeness:seg:fewerSentences',
        message: 'qa.messages.completeness.fewerSentences',
        params: { source: 3, translation: 1 },
        ranges: [
          { field: 'source', start: 11, end: 17 },
          { field: 'source', start: 17, end: 24 },
        ],
      },
    ]);
  });
});
