import { describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { parseDelimited } from '../formats/csv/parseDelimited';
import { importText } from '../import/importText';
import type { SegmentStatus } from '../model/segment';
import {
  projectStatistics,
  statisticsCsv,
  statisticsTsv,
  type StatisticsInput,
  type StatisticsLabels,
} from './projectStatistics';

/** The proposal as imported, untranslated, with some segments (1-based numbers) edited. */
function proposalSegments(
  text = proposal,
  edits: Record<number, { status: SegmentStatus; translationText?: string }> = {},
): StatisticsInput[] {
  return importText(text).segments.map((segment, index) => ({
    kind: segment.kind,
    source: segment.source,
    status: 'untranslated',
    translationText: '',
    ...edits[index + 1],
  }));
}

describe('projectStatistics on the proposal', () => {
  const untouched = projectStatistics(proposalSegments());

  it.each([
    // Segment numbers as the workspace shows them; counts by hand: Han characters + numbers.
    [1, '關于“產業互聯網”,馬化騰兩會建議了啥?', 16],
    [2, '2020兩會在即,… (83 characters and “2020”)', 84],
    [37, '2018年9月30日,騰訊… (38 characters, 2018, 9, 30, 20)', 42],
    [38, '…云計算、AI、大數據、LBS… (219 characters, AI, LBS)', 221],
  ])('counts segment %i (%s) as %i characters', (number, _text, characters) => {
    const only = proposalSegments().slice(number - 1, number);
    expect(projectStatistics(only).total.characters).toBe(characters);
  });

  it('counts 40 segments and 2,209 characters, all untranslated', () => {
    expect(untouched.total).toEqual({ segments: 40, characters: 2209, words: 0 });
    expect(untouched.statuses.map((row) => [row.status, row.segments])).toEqual([
      ['untranslated', 40],
      ['draft', 0],
      ['translated', 0],
      ['reviewed', 0],
      ['do-not-translate', 0],
    ]);
    expect(untouched.repetitions).toEqual({ segments: 0, characters: 0 });
  });

  it('starts a section at each of the 20 headings, the title first', () => {
    expect(untouched.sections.map((section) => section.firstNumber)).toEqual([
      1, 7, 8, 10, 12, 14, 16, 18, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35,
    ]);
    expect(untouched.sections[0]).toEqual({
      firstNumber: 1,
      heading: '關于“產業互聯網”,馬化騰兩會建議了啥?',
      // The title and the five paragraphs before “為什么要發展產業互聯網?”.
      segments: 6,
      characters: 16 + 84 + 60 + 95 + 86 + 18,
      words: 0,
      percentTranslated: 0,
    });
    expect(untouched.sections.at(-1)).toMatchObject({
      firstNumber: 35,
      heading: '建議六:加大產業安全投入,為數字經濟高質量發展保駕護航',
      segments: 6,
      characters: 25 + 108 + 42 + 221 + 137 + 129,
    });
  });

  it('sorts segments, characters and English words by status', () => {
    const title = 'About the “industrial internet”: what did Ma Huateng propose?';
    const stats = projectStatistics(
      proposalSegments(proposal, {
        1: { status: 'translated', translationText: title },
        2: { status: 'reviewed', translationText: 'In 2020, the Two Sessions…' },
        3: { status: 'draft', translationText: 'Following last year’s proposal' },
        39: { status: 'do-not-translate' },
        40: { status: 'do-not-translate' },
      }),
    );
    expect(stats.statuses).toEqual([
      {
        status: 'untranslated',
        segments: 35,
        characters: 2209 - 16 - 84 - 60 - 137 - 129,
        words: 0,
      },
      { status: 'draft', segments: 1, characters: 60, words: 4 },
      { status: 'translated', segments: 1, characters: 16, words: 9 },
      { status: 'reviewed', segments: 1, characters: 84, words: 5 },
      { status: 'do-not-translate', segments: 2, characters: 137 + 129, words: 0 },
    ]);
    expect(stats.total).toEqual({ segments: 40, characters: 2209, words: 18 });
  });

  it('gives each section the translated share of what is to be translated, as the bar does', () => {
    const stats = projectStatistics(
      proposalSegments(proposal, {
        2: { status: 'translated' },
        3: { status: 'reviewed' },
        4: { status: 'draft' },
        6: { status: 'do-not-translate' },
        7: { status: 'translated' },
        8: { status: 'do-not-translate' },
      }),
    );
    // (84 + 60) of the 359 − 18 characters of the first section.
    expect(stats.sections[0]?.percentTranslated).toBe(42);
    expect(stats.sections[1]?.percentTranslated).toBe(100);
    // “數字免疫系統” and its paragraph: nothing translated yet is 0, not "nothing to do".
    expect(stats.sections[2]?.percentTranslated).toBe(0);
  });

  it('makes a section of the paragraphs before the first heading', () => {
    const stats = projectStatistics(proposalSegments(proposal.split('\n').slice(2).join('\n')));
    expect(stats.sections[0]).toMatchObject({ firstNumber: 1, heading: null, segments: 5 });
    expect(stats.sections[1]?.heading).toBe('為什么要發展產業互聯網?');
  });

  it('is all zeros, without sections, for an empty project', () => {
    expect(projectStatistics([]).sections).toEqual([]);
    expect(projectStatistics([]).total).toEqual({ segments: 0, characters: 0, words: 0 });
  });

  it('shows no percentage for a section that is all "Do not translate"', () => {
    const stats = projectStatistics(
      proposalSegments('標題\n(免責聲明:本網站內容主要來自原創。)', {
        1: { status: 'do-not-translate' },
        2: { status: 'do-not-translate' },
      }),
    );
    expect(stats.sections[0]?.percentTranslated).toBeNull();
  });
});

describe('repetitions', () => {
  const repeatedHeading = '  “數字免疫系統”';
  // Segment 11 typed again with a full-width comma: the same text to a translation memory.
  const repeatedParagraph =
    '作為深度融合的產物，產業互聯網成為數字產業化和產業數字化的重要載體，是數字經濟發展的高級階段。';

  it('counts a segment whose source an earlier one already has, not the first of them', () => {
    const stats = projectStatistics(
      proposalSegments(`${proposal}\n${repeatedHeading}\n${repeatedParagraph}\n`),
    );
    expect(stats.total.segments).toBe(42);
    expect(stats.repetitions).toEqual({ segments: 2, characters: 6 + 44 });
  });

  it('counts every later occurrence; runs of spaces and full-width forms do not matter', () => {
    const stats = projectStatistics(
      proposalSegments(
        ['第一段,二。', '第 一 段,二。', '第一段,二。', '第一段，二。', '第 一  段,二。'].join(
          '\n',
        ),
      ),
    );
    // The second line keeps its spaces, so it is new text; the fifth repeats it.
    expect(stats.repetitions).toEqual({ segments: 3, characters: 3 * 4 });
  });

  it('does not take the other script for the same text', () => {
    const stats = projectStatistics(proposalSegments('產業互聯網的建議。\n产业互联网的建议。'));
    expect(stats.repetitions.segments).toBe(0);
  });
});

const labels: StatisticsLabels = {
  status: 'Status',
  segments: 'Segments',
  characters: 'Source characters',
  words: 'Words (English)',
  statuses: {
    untranslated: 'Untranslated',
    draft: 'Draft',
    translated: 'Translated',
    reviewed: 'Reviewed',
    'do-not-translate': 'Do not translate',
  },
  total: 'Total',
  repetitions: 'Repetitions',
  section: 'Section',
  firstSegment: 'From segment',
  percentTranslated: 'Translated (%)',
  beforeFirstHeading: '(before the first heading)',
};

describe('statisticsCsv and statisticsTsv', () => {
  const stats = projectStatistics([
    { kind: 'paragraph', source: '前言。', status: 'translated', translationText: 'Foreword.' },
    { kind: 'heading', source: '"引號", 逗號', status: 'draft', translationText: 'Quotes' },
    { kind: 'paragraph', source: '第一段。', status: 'untranslated', translationText: '' },
    { kind: 'heading', source: '=1+2', status: 'reviewed', translationText: 'Sum' },
    { kind: 'paragraph', source: '第一段。', status: 'do-not-translate', translationText: '' },
  ]);
  const expected = [
    ['Status', 'Segments', 'Source characters', 'Words (English)'],
    ['Untranslated', '1', '3', '0'],
    ['Draft', '1', '4', '1'],
    ['Translated', '1', '2', '1'],
    ['Reviewed', '1', '2', '1'],
    ['Do not translate', '1', '3', '0'],
    ['Total', '5', '14', '3'],
    ['Repetitions', '1', '3', ''],
    [
      'Section',
      'From segment',
      'Segments',
      'Source characters',
      'Words (English)',
      'Translated (%)',
    ],
    ['(before the first heading)', '1', '1', '2', '1', '100'],
    ['"引號", 逗號', '2', '2', '7', '1', '0'],
    // A heading that a spreadsheet would run as a formula is kept as text.
    ["'=1+2", '4', '2', '5', '1', '100'],
  ];

  it('writes CSV that reads back cell for cell, with a BOM for Excel', () => {
    const csv = statisticsCsv(stats, labels);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n"""引號"", 逗號",2,2,7,1,0\r\n');
    const parsed = parseDelimited(csv.slice(1), ',');
    // The empty line between the two tables is dropped by the reader.
    expect(parsed).toEqual({ ok: true, rows: expected });
  });

  it('writes tab-separated rows for pasting, without quotes', () => {
    const lines = statisticsTsv(stats, labels).split('\n');
    expect(lines[0]).toBe('Status\tSegments\tSource characters\tWords (English)');
    expect(lines[8]).toBe('');
    expect(lines[11]).toBe('"引號", 逗號\t2\t2\t7\t1\t0');
    expect(
      lines
        .slice(0, -1)
        .filter(Boolean)
        .map((line) => line.split('\t')),
    ).toEqual(expected);
  });
});
