import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { fragment, fuzzRuns, maxHugeCallMs, mutatedText, timed } from '../../../test/fuzz/mutate';
import { importText, type ImportResult } from './importText';

/**
 * What every import must give, whatever the text: the invariants the workspace relies on. Plain
 * checks collected into one assertion, since an `expect` per sentence end would dominate the run.
 */
function expectWellFormed({ segments, cleaning }: ImportResult): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  let readings = 0;
  for (const [index, segment] of segments.entries()) {
    const { source, sentenceEnds: ends } = segment;
    const at = `segment ${index}`;
    if (ids.has(segment.id)) problems.push(`${at}: duplicate id`);
    ids.add(segment.id);
    if (segment.order !== index) problems.push(`${at}: order ${segment.order}`);
    if (segment.kind !== 'heading' && segment.kind !== 'paragraph') problems.push(`${at}: kind`);
    if (source === '' || source !== source.trim() || /[\r\n]/.test(source)) {
      problems.push(`${at}: source ${JSON.stringify(source)}`);
    }
    if (ends.at(-1) !== source.length) problems.push(`${at}: last end ${ends.at(-1)}`);
    if (ends.some((end, position) => end <= (position === 0 ? 0 : (ends[position - 1] ?? 0)))) {
      problems.push(`${at}: sentence ends ${JSON.stringify(ends)}`);
    }
    for (const { offset, length } of segment.readings) {
      if (offset < 0 || length < 1 || offset + length > source.length) {
        problems.push(`${at}: reading at ${offset}+${length}`);
      }
    }
    readings += segment.readings.length;
  }
  if (cleaning.readingsRemoved !== readings) problems.push('cleaning.readingsRemoved');
  if (cleaning.segmentsChanged > segments.length) problems.push('cleaning.segmentsChanged');
  expect(problems).toEqual([]);
}

const markdown = fc.boolean();
const lines = fc
  .array(fc.oneof(fragment, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('importText under fuzzing', () => {
  it('segments any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          lines,
        ),
        markdown,
        (text, asMarkdown) => {
          expectWellFormed(timed(() => importText(text, { markdown: asMarkdown })));
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('segments any mutation of a real document', () => {
    fc.assert(
      fc.property(mutatedText(proposal), markdown, (text, asMarkdown) => {
        expectWellFormed(timed(() => importText(text, { markdown: asMarkdown })));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('drops markdown lines that hold nothing but markup', () => {
    const { segments } = importText('**\n# __\n#  ****\n正文。', { markdown: true });
    expect(segments.map((segment) => segment.source)).toEqual(['正文。']);
  });

  it('segments a single 1 MB line', () => {
    const line = '產業互聯網的發展，業(yè)務「好嗎？」她問。'.repeat(50_000);
    expect(line.length).toBeGreaterThan(1024 * 1024);
    const { segments } = timed(() => importText(line), maxHugeCallMs);
    expect(segments).toHaveLength(1);
    expectWellFormed({ segments, cleaning: { readingsRemoved: 50_000, segmentsChanged: 1 } });
  });

  it('segments 100,000 paragraphs', () => {
    const text = Array.from({ length: 100_000 }, (_, index) => `第${index}段：產業互聯網。`).join(
      '\n\n',
    );
    const { segments } = timed(() => importText(text), maxHugeCallMs);
    expect(segments).toHaveLength(100_000);
    expect(segments.at(-1)?.source).toBe('第99999段：產業互聯網。');
  });
});
