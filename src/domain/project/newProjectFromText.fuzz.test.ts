import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { fuzzRuns, maxHugeCallMs, mutatedText, timed } from '../../../test/fuzz/mutate';
import { maxImportCharacters, maxImportParagraphs } from '../import/importText';
import { readSourceText, type SourceTextProblem, type SourceTextRead } from './newProjectFromText';

const problems: readonly SourceTextProblem[] = ['tooLong', 'noParagraphs'];

function expectWellFormed(result: SourceTextRead): void {
  if (!result.ok) {
    expect(problems).toContain(result.problem);
    return;
  }
  const { project } = result;
  expect(project.segments.length).toBeGreaterThan(0);
  expect([...project.name].length).toBeLessThanOrEqual(60);
  expect(['zh-Hans', 'zh-Hant', 'zh']).toContain(project.sourceLang);
  const ids = new Set(project.segments.map((segment) => segment.id));
  expect(ids.size).toBe(project.segments.length);
  expect(project.segments.every((segment) => segment.source !== '')).toBe(true);
}

const fileName = fc.option(fc.string({ unit: 'binary', maxLength: 80 }), { nil: undefined });

describe('readSourceText under fuzzing', () => {
  it('makes a project or refuses any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        fileName,
        fc.boolean(),
        (text, name, markdown) => {
          expectWellFormed(timed(() => readSourceText(text, { fileName: name, markdown })));
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('makes a project or refuses any mutation of a real document', () => {
    fc.assert(
      fc.property(mutatedText(proposal), fc.boolean(), (text, markdown) => {
        expectWellFormed(timed(() => readSourceText(text, { markdown })));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('refuses 50 MB of text before segmenting it', () => {
    const huge = '產業互聯網的發展。\n'.repeat(Math.ceil((50 * 1024 * 1024) / 10));
    expect(huge.length).toBeGreaterThan(maxImportCharacters);
    expect(timed(() => readSourceText(huge))).toEqual({ ok: false, problem: 'tooLong' });
  });

  it('refuses more paragraphs than the workspace takes', () => {
    const many = '段。\n'.repeat(maxImportParagraphs + 1);
    expect(timed(() => readSourceText(many))).toEqual({ ok: false, problem: 'tooLong' });
  });

  it('takes 100,000 paragraphs', () => {
    const text = Array.from({ length: 100_000 }, (_, index) => `第${index}段。`).join('\n');
    const result = timed(() => readSourceText(text), maxHugeCallMs);
    expect(result.ok && result.project.segments.length).toBe(100_000);
  });

  it('refuses a text without a paragraph', () => {
    expect(readSourceText(' \n\u3000\n', { markdown: true })).toEqual({
      ok: false,
      problem: 'noParagraphs',
    });
  });
});
