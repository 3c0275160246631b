import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { version3Fixture } from './upgrades/fixtures/version3';
import { fuzzRuns, timed } from '../../test/fuzz/mutate';
import {
  readStoredGlossaryEntry,
  readStoredProject,
  readStoredSegment,
} from '../domain/formats/storedRecords';

const [project] = version3Fixture.projects;
const [title] = version3Fixture.segments;
const [term] = version3Fixture.glossary;

describe('rows read back from storage', () => {
  it('pass unchanged when an earlier version of the app wrote them', () => {
    for (const segment of version3Fixture.segments)
      expect(readStoredSegment(segment, 'p-fixture')).toEqual({ ok: true, value: segment });
    expect(readStoredGlossaryEntry(term, 'p-fixture')).toEqual({ ok: true, value: term });
    expect(readStoredProject(project)).toEqual({ ok: true, value: project });
    expect(readStoredProject({ ...project, deletedAt: 5 })).toEqual({
      ok: true,
      value: { ...project, deletedAt: 5 },
    });
  });

  it.each([
    ['a status no version wrote', { status: 42 }, 'segments[s1x2y3].status'],
    ['an unknown status word', { status: 'done' }, 'segments[s1x2y3].status'],
    ['English that is not rich text', { translation: 'garbage' }, 'segments[s1x2y3].translation'],
    ['no source', { source: undefined }, 'segments[s1x2y3].source'],
    ['an order that is no number', { order: '1' }, 'segments[s1x2y3].order'],
    ['another project’s row', { projectId: 'p-other' }, 'segments[s1x2y3].projectId'],
    [
      'a reading past the end',
      { readings: [{ offset: 99, length: 1, reading: 'yè' }] },
      'segments[s1x2y3].readings[0]',
    ],
    ['an update time that is not a time', { updatedAt: Number.NaN }, 'segments[s1x2y3].updatedAt'],
    ['a segment type no version wrote', { type: 'heading4' }, 'segments[s1x2y3].type'],
    ['a segment type that is no word', { type: 2 }, 'segments[s1x2y3].type'],
  ])('refuse a segment with %s, naming the field', (_, change, path) => {
    const read = readStoredSegment({ ...title, ...change }, 'p-fixture');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.path).toBe(path);
  });

  it('keep where English nobody typed came from, and refuse a fill no version writes', () => {
    const fill = { kind: 'memory', origin: 'Proposal', score: 87 } as const;
    expect(readStoredSegment({ ...title, fill }, 'p-fixture')).toEqual({
      ok: true,
      value: { ...title, fill },
    });
    expect(readStoredSegment({ ...title, fill: { kind: 'guess' } }, 'p-fixture')).toEqual({
      ok: false,
      path: 'segments[s1x2y3].fill.kind',
    });
  });

  it('read a row written before segment types as the type its kind had, and keep a set type', () => {
    const older = readStoredSegment({ ...title, kind: 'heading', order: 3 }, 'p-fixture');
    expect(older.ok && older.value.type).toBeUndefined();
    const typed = readStoredSegment({ ...title, kind: 'paragraph', type: 'heading2' }, 'p-fixture');
    // The kind follows the type, whatever the row said.
    expect(typed.ok && [typed.value.type, typed.value.kind]).toEqual(['heading2', 'heading']);
  });

  it('keep a project’s details', () => {
    const details = { title: 'Ma Huateng', translator: 'Lin Wei', publicationDate: '2026-03-05' };
    expect(readStoredProject({ ...project, details })).toEqual({
      ok: true,
      value: { ...project, details },
    });
  });

  it('recomputes the plain text of a row from its rich text, as for an imported file', () => {
    const read = readStoredSegment({ ...title, translationText: 'stale' }, 'p-fixture');
    expect(read.ok && read.value.translationText).toBe(title?.translationText);
  });

  it.each([
    ['a term status no version wrote', { status: 'approved' }, 'glossary[g-fixture].status'],
    [
      'targets that are not a list',
      { targets: 'industrial internet' },
      'glossary[g-fixture].targets',
    ],
    ['another project’s term', { projectId: 'p-other' }, 'glossary[g-fixture].projectId'],
  ])('refuse a glossary row with %s', (_, change, path) => {
    expect(readStoredGlossaryEntry({ ...term, ...change }, 'p-fixture')).toEqual({
      ok: false,
      path,
    });
  });

  it.each([
    ['no name', { name: 7 }, 'projects[p-fixture].name'],
    ['a cleaning report that is not one', { cleaning: null }, 'projects[p-fixture].cleaning'],
    [
      'a deletion time that is not a time',
      { deletedAt: 'yesterday' },
      'projects[p-fixture].deletedAt',
    ],
    ['details that are a string', { details: 'Lin Wei' }, 'projects[p-fixture].details'],
    [
      'a publication date that is no day',
      { details: { title: '', translator: '', publicationDate: '2026-02-30' } },
      'projects[p-fixture].details.publicationDate',
    ],
    [
      'a translator that is not text',
      { details: { title: '', translator: ['Lin'], publicationDate: '' } },
      'projects[p-fixture].details.translator',
    ],
  ])('refuse a project row with %s', (_, change, path) => {
    expect(readStoredProject({ ...project, ...change })).toEqual({ ok: false, path });
  });

  it('never throw, whatever a row holds', () => {
    const anyRow = fc.oneof(
      fc.anything(),
      fc.record({
        ...Object.fromEntries(Object.keys(title ?? {}).map((key) => [key, fc.anything()])),
      }),
      fc
        .dictionary(fc.constantFrom(...Object.keys(title ?? {})), fc.anything())
        .map((change) => ({ ...title, ...change })),
    );
    fc.assert(
      fc.property(anyRow, (row) => {
        const read = timed(() => readStoredSegment(row, 'p-fixture'));
        if (read.ok) expect(read.value.projectId).toBe('p-fixture');
        timed(() => readStoredGlossaryEntry(row, 'p-fixture'));
        timed(() => readStoredProject(row));
      }),
      { numRuns: fuzzRuns },
    );
  });
});
