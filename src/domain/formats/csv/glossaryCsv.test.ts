import { describe, expect, it } from 'vitest';
import type { GlossaryRecord } from '../../glossary/glossaryRecord';
import { readGlossaryCsv, writeGlossaryCsv } from './glossaryCsv';

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

describe('glossary CSV/TSV', () => {
  it('round-trips', () => {
    expect(readGlossaryCsv(writeGlossaryCsv(records))).toEqual({ ok: true, records });
  });

  it('reads TSV with a BOM and loose headers', () => {
    const tsv =
      '\uFEFFChinese\tEnglish\tNotes\r\n數字經濟\tdigital economy | digital economies\tkey term\r\n';
    expect(readGlossaryCsv(tsv)).toEqual({
      ok: true,
      records: [
        {
          source: '數字經濟',
          targets: ['digital economy', 'digital economies'],
          status: 'preferred',
          partOfSpeech: null,
          noteText: 'key term',
        },
      ],
    });
  });

  it.each([
    ['no header it knows', 'a,b\n1,2\n', 'csvHeader'],
    ['a row without a target', 'source,target\n產業,\n', 'csvRow'],
    ['an unterminated quote', 'source,target\n"產業,industry\n', 'csvRow'],
    ['nothing at all', '\uFEFF \n', 'empty'],
  ])('rejects %s', (_name, text, code) => {
    const result = readGlossaryCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it('names the line of a bad row', () => {
    expect(readGlossaryCsv('source,target\n一,one\n二,\n')).toEqual({
      ok: false,
      problem: { code: 'csvRow', line: 3 },
    });
  });
});
