import { glossaryEntry } from '../../../test/helpers/glossaryEntry';
import { describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import fixture from '../../../test/fixtures/proposal-translation/translation.json';
import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { importText } from '../import/importText';
import { loadScriptConverter } from '../script/convertScript';
import { checkWholeProject } from './checkWholeProject';
import { perSegmentChecks } from './checks';
import { joinShards, minSegmentsToShard, shardRanges } from './shards';
import type { QaSegment } from './types';

/**
 * The proposal repeated past the size worth splitting, in every state a project has: correct
 * English, half-done English, the source pasted as English, nothing yet, not to translate.
 */
const imported = importText(proposal).segments;
const segments: QaSegment[] = [];
for (let copy = 0; segments.length < minSegmentsToShard + 500; copy += 1) {
  for (const segment of imported) {
    const english = fixture.segments[segment.order]?.english ?? '';
    const variants: [QaSegment['status'], string][] = [
      ['translated', english],
      ['draft', english.slice(0, Math.floor(english.length / 2))],
      ['translated', segment.source],
      ['untranslated', ''],
      ['do-not-translate', segment.source],
    ];
    const [status, translation] = variants[(copy + segment.order) % variants.length] ?? [];
    segments.push({
      id: `${segment.id}-${copy}`,
      index: segments.length,
      kind: segment.kind,
      status: status ?? 'translated',
      source: segment.source,
      sentenceEnds: segment.sentenceEnds,
      translation: translation ?? '',
    });
  }
}

const glossary: GlossaryEntry[] = [
  ['產業互聯網', ['industrial internet'], 'preferred'],
  ['數字經濟', ['digital economy'], 'preferred'],
  ['平臺', ['stage'], 'forbidden'],
  ['政府', ['government'], 'admitted'],
].map(([source, targets, status], index) =>
  glossaryEntry(
    `g${index}`,
    source as string,
    targets as string[],
    status as GlossaryEntry['status'],
    'noun',
  ),
);
const toSimplified = await loadScriptConverter('zh-Hans');

describe('a whole-project check split across workers', () => {
  it('cuts a large project into contiguous ranges and leaves a small one whole', () => {
    expect(shardRanges(40, 2)).toEqual([{ start: 0, end: 40 }]);
    expect(shardRanges(20_000, 2)).toEqual([
      { start: 0, end: 10_000 },
      { start: 10_000, end: 20_000 },
    ]);
    expect(shardRanges(20_001, 3)).toEqual([
      { start: 0, end: 6667 },
      { start: 6667, end: 13_334 },
      { start: 13_334, end: 20_001 },
    ]);
    expect(shardRanges(5000, 1)).toEqual([{ start: 0, end: 5000 }]);
  });

  it.each([2, 3])('finds, in %i parts, what one worker finds', (shards) => {
    const whole = checkWholeProject(segments, glossary, toSimplified, perSegmentChecks);
    // Each part checked on its own, as a worker of its own would.
    const parts = shardRanges(segments.length, shards).map(({ start, end }) => ({
      start,
      result: checkWholeProject(
        segments.slice(start, end),
        glossary,
        toSimplified,
        perSegmentChecks,
      ),
    }));
    expect(parts).toHaveLength(shards);
    const joined = joinShards(parts);
    expect(joined).toEqual(whole);
    // Every kind of finding is there to compare.
    const checks = new Set(joined.own.flat().map((issue) => issue.check));
    expect([...checks].sort()).toEqual(['completeness', 'dates', 'numbers', 'punctuation']);
    expect(joined.terminology.flat().length).toBeGreaterThan(0);
  });
});
