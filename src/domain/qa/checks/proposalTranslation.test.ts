import { describe, expect, it } from 'vitest';
import proposal from '../../../../source-text/industrial-internet-proposal.txt?raw';
import fixture from '../../../../test/fixtures/proposal-translation/translation.json';
import { importText } from '../../import/importText';
import type { QaSegment } from '../types';
import { perSegmentChecks } from './index';

/** The proposal as the app imports it, paired with the fixture's English, all confirmed. */
const segments: QaSegment[] = importText(proposal).segments.map((segment) => {
  const entry = fixture.segments[segment.order];
  if (entry?.id !== segment.id)
    throw new Error(`The fixture does not match segment ${segment.order}`);
  return {
    id: segment.id,
    index: segment.order,
    kind: segment.kind,
    status: 'translated',
    source: segment.source,
    sentenceEnds: segment.sentenceEnds,
    translation: entry.english,
  };
});

const runAll = (segment: QaSegment) => perSegmentChecks.flatMap((check) => check.check(segment));

/** A segment of the proposal with its source and English changed. */
function variant(order: number, change: { source?: [string, string]; english: [string, string] }) {
  const segment = segments[order] as QaSegment;
  const [from, to] = change.english;
  expect(segment.translation).toContain(from);
  const source = change.source
    ? segment.source.replace(change.source[0], change.source[1])
    : segment.source;
  return { ...segment, source, translation: segment.translation.replace(from, to) };
}

describe('the checks on a correct translation of the proposal', () => {
  it('covers every segment of the proposal', () => {
    expect(fixture.segments).toHaveLength(segments.length);
  });

  it.each(segments.map((segment) => [segment.index + 1, segment] as const))(
    'segment %i raises nothing',
    (_, segment) => {
      expect(runAll(segment)).toEqual([]);
    },
  );

  it.each([
    [
      '七份 as "six written proposals"',
      variant(1, { english: ['seven written', 'six written'] }),
      'numbers',
      { source: '七份', found: 'six' },
    ],
    [
      '十一個核心點 as "ten core points"',
      variant(5, { english: ['eleven key points', 'ten core points'] }),
      'numbers',
      { source: '十一個', found: 'ten' },
    ],
    [
      '八項 as "seven key tasks"',
      variant(4, { source: ['六項', '八項'], english: ['six measures', 'seven key tasks'] }),
      'numbers',
      { source: '八項', found: 'seven' },
    ],
    [
      '2023年6月15日 as "15 July 2023"',
      variant(36, {
        source: ['2018年9月30日', '2023年6月15日'],
        english: ['30 September 2018', '15 July 2023'],
      }),
      'dates',
      { source: '2023年6月15日', expected: '15 June 2023', found: '15 July 2023' },
    ],
    [
      '2025年 as "by 2024"',
      variant(36, {
        source: ['2018年9月30日', '到2025年'],
        english: ['On 30 September 2018', 'By 2024'],
      }),
      'dates',
      { source: '2025年', expected: '2025', found: '2024' },
    ],
    [
      'the year of 2020兩會 left out',
      variant(1, { english: ['the 2020 Two Sessions', 'the Two Sessions'] }),
      'numbers',
      { source: '2020', expected: '2020' },
    ],
  ])('catches %s', (_, segment, check, params) => {
    const issues = runAll(segment);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check, severity: 'error', params });
  });

  it('warns that a paragraph translated only in part may be incomplete', () => {
    const segment = segments[20] as QaSegment;
    const firstSentence = segment.translation.slice(0, segment.translation.indexOf('. ') + 1);
    const issues = runAll({ ...segment, translation: firstSentence });
    expect(issues).toMatchObject([
      {
        check: 'completeness',
        severity: 'warning',
        message: 'qa.messages.completeness.fewerSentences',
        params: { source: 3, translation: 1 },
      },
    ]);
  });

  it('catches a paragraph whose second half is left in Chinese', () => {
    const segment = segments[3] as QaSegment;
    const secondSource = segment.source.slice(segment.sentenceEnds[0]);
    const firstEnglish = segment.translation.slice(0, segment.translation.indexOf('. ') + 2);
    const issues = runAll({ ...segment, translation: firstEnglish + secondSource });
    expect(issues.map((issue) => [issue.check, issue.message, issue.severity])).toEqual([
      ['punctuation', 'qa.messages.punctuation.han', 'error'],
      ['punctuation', 'qa.messages.punctuation.cjkPunctuation', 'warning'],
      ['punctuation', 'qa.messages.punctuation.cjkPunctuation', 'warning'],
      ['completeness', 'qa.messages.completeness.fewerSentences', 'warning'],
    ]);
  });

  it('runs all its checks on a 300-character segment within 2 ms, keystroke after keystroke', () => {
    // A paragraph with numbers, a date and quotations: paragraphs 2, 37, 6, 5 and 3 in one.
    const parts = [1, 36, 5, 4, 2].map((order) => segments[order] as QaSegment);
    const source = parts.map((part) => part.source).join('');
    const english = parts.map((part) => part.translation).join(' ');
    expect(source.length).toBeGreaterThanOrEqual(300);
    const segment: QaSegment = {
      ...(segments[1] as QaSegment),
      source,
      sentenceEnds: parts.flatMap((part, index) => {
        const offset = parts.slice(0, index).reduce((sum, p) => sum + p.source.length, 0);
        return part.sentenceEnds.map((end) => end + offset);
      }),
    };
    // Each keystroke adds a character to the English, so its parse is never reused.
    const keystrokes = Array.from({ length: 200 }, (_, index) =>
      english.slice(0, english.length - 200 + index),
    );
    // Warm up, as the first keystrokes of a session do.
    for (const translation of keystrokes) runAll({ ...segment, translation });
    // Then batches of 10 keystrokes; the fastest batch counts, so the other work of a shared
    // machine does not count against the checks.
    const batches: number[] = [];
    for (let start = 0; start < keystrokes.length; start += 10) {
      const started = performance.now();
      for (const translation of keystrokes.slice(start, start + 10))
        runAll({ ...segment, translation });
      batches.push((performance.now() - started) / 10);
    }
    expect(Math.min(...batches)).toBeLessThan(2);
  });
});
