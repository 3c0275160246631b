import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, maxHugeCallMs, mutatedText, timed } from '../../../../test/fuzz/mutate';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { isPartOfSpeech, isTermStatus } from '../../glossary/glossaryEntry';
import { richTextToPlainText } from '../../model/richTextToPlainText';
import { segmentStatuses, type Segment } from '../../model/segment';
import {
  readProjectFile,
  writeProjectFile,
  type ProjectFileProblem,
  type ProjectFileRead,
} from './projectFile';

const problemCodes: readonly ProjectFileProblem['code'][] = [
  'notJson',
  'notProjectFile',
  'newerVersion',
  'invalid',
  'tooLarge',
];

/** What the workspace may store as it is; violations collected into one assertion. */
function expectWellFormed(result: ProjectFileRead): void {
  if (!result.ok) {
    expect(problemCodes).toContain(result.problem.code);
    if (result.problem.code === 'newerVersion') {
      expect(Number.isInteger(result.problem.version)).toBe(true);
    }
    return;
  }
  const { project, segments, glossary } = result.document;
  const problems: string[] = [];
  if (project.segmentCount !== segments.length) problems.push('segmentCount');
  if (new Set(segments.map((segment) => segment.id)).size !== segments.length) problems.push('ids');
  for (const [index, segment] of segments.entries()) {
    const at = `segment ${index}`;
    const { source, sentenceEnds: ends } = segment;
    if (segment.projectId !== project.id) problems.push(`${at}: projectId`);
    if (!segmentStatuses.includes(segment.status)) problems.push(`${at}: status`);
    if (segment.kind !== 'heading' && segment.kind !== 'paragraph') problems.push(`${at}: kind`);
    if (segment.translationText !== richTextToPlainText(segment.translation)) {
      problems.push(`${at}: translationText`);
    }
    if (segment.notesText !== richTextToPlainText(segment.notes)) problems.push(`${at}: notesText`);
    if (segment.translation.content.length === 0) problems.push(`${at}: empty translation doc`);
    const endsFit =
      (source === '' && ends.length === 0) ||
      (ends.at(-1) === source.length &&
        ends.every((end, position) => end > (position === 0 ? 0 : (ends[position - 1] ?? 0))));
    if (!endsFit) problems.push(`${at}: sentenceEnds ${JSON.stringify(ends)}`);
    for (const { offset, length } of segment.readings) {
      if (offset < 0 || length < 1 || offset + length > source.length)
        problems.push(`${at}: reading`);
    }
  }
  for (const [index, entry] of glossary.entries()) {
    const at = `glossary ${index}`;
    if (entry.projectId !== project.id) problems.push(`${at}: projectId`);
    if (!isTermStatus(entry.status)) problems.push(`${at}: status`);
    if (entry.partOfSpeech !== null && !isPartOfSpeech(entry.partOfSpeech))
      problems.push(`${at}: pos`);
    if (!entry.targets.every((target) => typeof target === 'string'))
      problems.push(`${at}: targets`);
    if (entry.noteText !== richTextToPlainText(entry.note)) problems.push(`${at}: noteText`);
  }
  expect(problems).toEqual([]);
}

const valid = writeProjectFile(sampleDocument);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside the sample file's JSON, to aim structural mutations at. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const own = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) {
    return [...own, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  }
  if (value !== null && typeof value === 'object') {
    return [
      ...own,
      ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])),
    ];
  }
  return own;
}

const sample = JSON.parse(valid) as Json;
const paths = pathsOf(sample);

/** The sample with one value replaced by any JSON value, or removed. */
const structurallyMutated = fc
  .tuple(fc.nat(paths.length - 1), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }))
  .map(([index, replacement]) => {
    const copy = structuredClone(sample) as { [key: string]: Json };
    const path = paths[index] ?? [];
    let parent: Json = copy;
    for (const key of path.slice(0, -1)) parent = (parent as { [key: string]: Json })[key] ?? null;
    const last = path.at(-1);
    if (parent !== null && typeof parent === 'object' && last !== undefined) {
      const container = parent as { [key: string]: Json };
      if (replacement === undefined && Array.isArray(parent)) parent.splice(Number(last), 1);
      else if (replacement === undefined) Reflect.deleteProperty(container, last);
      else container[last] = replacement as Json;
    }
    return JSON.stringify(copy);
  });

describe('readProjectFile under fuzzing', () => {
  it('reads or rejects any string or JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.json({ maxDepth: 4 }),
        ),
        (text) => {
          expectWellFormed(timed(() => readProjectFile(text)));
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('reads or rejects any textual mutation of a valid file', () => {
    fc.assert(
      fc.property(mutatedText(valid), (text) => {
        expectWellFormed(timed(() => readProjectFile(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('reads or rejects a valid file with any one value replaced or removed', () => {
    fc.assert(
      fc.property(structurallyMutated, (text) => {
        expectWellFormed(timed(() => readProjectFile(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('refuses a damaged version instead of calling it newer', () => {
    for (const version of ['"1"', 'null', '1.5', '0']) {
      const text = valid.replace('"version": 1', `"version": ${version}`);
      expect(readProjectFile(text)).toEqual({
        ok: false,
        problem: { code: 'invalid', path: 'version' },
      });
    }
  });

  it('recomputes sentence ends that do not fit the source', () => {
    const data = JSON.parse(valid) as { segments: { sentenceEnds: number[] }[] };
    (data.segments[1] as { sentenceEnds: number[] }).sentenceEnds = [99];
    const result = readProjectFile(JSON.stringify(data));
    expect(result.ok && result.document.segments[1]?.sentenceEnds).toEqual([13]);
  });

  it('reads a 50 MB project within the bound', () => {
    const template = sampleDocument.segments[1] as Segment;
    const source = '數字經濟是發展的高級階段。'.repeat(4);
    const translation = 'The digital economy is an advanced stage of development. '.repeat(4);
    const segment = (index: number): Segment => ({
      ...template,
      id: `s${index}`,
      order: index,
      source,
      sentenceEnds: [13, 26, 39, 52],
      translation: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: translation }] }],
      },
      translationText: translation,
    });
    const fileOf = (segments: Segment[]) =>
      writeProjectFile({
        ...sampleDocument,
        project: { ...sampleDocument.project, segmentCount: segments.length },
        segments,
      });
    const perSegment = fileOf([segment(0), segment(1)]).length - fileOf([segment(0)]).length;
    const count = Math.ceil((50 * 1024 * 1024) / perSegment);
    const text = fileOf(Array.from({ length: count }, (_, index) => segment(index)));
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const result = timed(() => readProjectFile(text), maxHugeCallMs);
    expect(result.ok ? result.document.segments.length : result.problem).toBe(count);
  });

  it('reads a 1 MB line', () => {
    const text = valid.replace('"Check “term” & co"', JSON.stringify('詞'.repeat(1024 * 1024)));
    const result = timed(() => readProjectFile(text), maxHugeCallMs);
    expect(result.ok).toBe(true);
  });
});
