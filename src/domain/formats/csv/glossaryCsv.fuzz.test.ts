import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectGlossaryImport } from '../../../../test/fuzz/expectGlossaryImport';
import {
  fragment,
  fuzzRuns,
  maxHugeCallMs,
  mutatedText,
  timed,
} from '../../../../test/fuzz/mutate';
import { maxGlossaryCharacters, type GlossaryRecord } from '../../glossary/glossaryRecord';
import { readGlossaryCsv, writeGlossaryCsv } from './glossaryCsv';
import { parseDelimited } from './parseDelimited';

const records: GlossaryRecord[] = [
  {
    source: '產業互聯網',
    targets: ['industrial internet', 'industrial Internet'],
    status: 'preferred',
    partOfSpeech: 'noun',
    noteText: 'Quote "this", comma, and\nnew line',
  },
  {
    source: '新基建',
    targets: ['new infrastructure'],
    status: 'admitted',
    partOfSpeech: null,
    noteText: '',
  },
];
const csv = writeGlossaryCsv(records);
const tsv =
  'Chinese\tEnglish\tNotes\r\n數字經濟\tdigital economy | digital economies\t"key\tterm"\r\n';

/** Cells of header words, terms and separators, so random input often gets past the header. */
const delimited = fc
  .array(
    fc.oneof(
      fragment,
      fc.constantFrom('source', 'target', 'zh', 'en', 'status', 'pos', 'note', 'noun', 'forbidden'),
      fc.constantFrom(',', '\t', '\n', '\r\n', '"', '""', ';', '|'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('readGlossaryCsv under fuzzing', () => {
  it('reads or rejects any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          delimited,
        ),
        (text) => {
          expectGlossaryImport(timed(() => readGlossaryCsv(text)));
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('reads or rejects any mutation of a valid file', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(csv), mutatedText(tsv)), (text) => {
        expectGlossaryImport(timed(() => readGlossaryCsv(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('splits any string into rows of cells, or names a line of an open quote', () => {
    fc.assert(
      fc.property(delimited, fc.constantFrom(',', '\t'), (text, delimiter) => {
        const result = timed(() => parseDelimited(text, delimiter));
        if (result.ok) {
          expect(result.rows.every((row) => row.some((cell) => cell.trim() !== ''))).toBe(true);
        } else {
          expect(result.line).toBeGreaterThanOrEqual(1);
          expect(result.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
        }
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('refuses 50 MB without parsing it', () => {
    const huge = 'source,target\n' + '產業,industry\n'.repeat((50 * 1024 * 1024) / 12);
    expect(timed(() => readGlossaryCsv(huge))).toEqual({
      ok: false,
      problem: { code: 'tooLarge' },
    });
  });

  it('reads a file just under the limit within the bound', () => {
    const row = '產業互聯網,industrial internet; industrial Internet,preferred,noun,a note\r\n';
    const count = Math.floor((maxGlossaryCharacters - 100) / row.length);
    const text = 'source,targets,status,part_of_speech,note\r\n' + row.repeat(count);
    const result = timed(() => readGlossaryCsv(text), maxHugeCallMs);
    expect(result.ok && result.records.length).toBe(count);
  });

  it('reads a 1 MB line', () => {
    const note = 'n'.repeat(1024 * 1024);
    const result = timed(() => readGlossaryCsv(`source,target,note\n產業,industry,"${note}"\n`));
    expect(result.ok && result.records[0]?.noteText).toBe(note);
  });
});
