import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromXliff } from '../../exchange/documentFromXliff';
import { readXliff } from '../xliff/readXliff';
import { readProjectFile, writeProjectFile } from './projectFile';

const imported = (() => {
  const read = readXliff(
    readFileSync('test/fixtures/foreign/xliff/inline-codes.xliff2.xlf', 'utf8'),
  );
  if (!read.ok) throw new Error('fixture refused');
  return documentFromXliff(read.file, { fileName: 'page.xlf', now: 1 });
})();

/** The project file of the imported fixture with one change made to its JSON. */
function damaged(change: (data: { segments: Record<string, unknown>[] }) => void): string {
  const data = JSON.parse(writeProjectFile(imported)) as { segments: Record<string, unknown>[] };
  change(data);
  return JSON.stringify(data);
}

const firstCode = (data: { segments: Record<string, unknown>[] }) =>
  (data.segments[0]?.sourceCodes as { offset: number; code: Record<string, unknown> }[])[0];
const translationCode = (data: { segments: Record<string, unknown>[] }) =>
  (
    (data.segments[0]?.translation as { content: { content: Record<string, unknown>[] }[] })
      .content[0]?.content ?? []
  ).find((inline) => inline.type === 'inlineCode') as { attrs: Record<string, unknown> };

describe('inline codes in the project file', () => {
  it('keeps every code of source and translation', () => {
    expect(readProjectFile(writeProjectFile(imported))).toEqual({ ok: true, document: imported });
  });

  it.each([
    [
      'a code without its markup',
      (data: { segments: Record<string, unknown>[] }) => delete firstCode(data)?.code.xml,
      'segments[0].sourceCodes[0].code.xml',
    ],
    [
      'markup that is not the element its kind says',
      (data: { segments: Record<string, unknown>[] }) => {
        const code = firstCode(data);
        if (code) code.code.xml = '<script>alert(1)</script>';
      },
      'segments[0].sourceCodes[0].code.xml',
    ],
    [
      'an unknown kind',
      (data: { segments: Record<string, unknown>[] }) => {
        translationCode(data).attrs.kind = 'blink';
      },
      'segments[0].translation.content[0].content[1].attrs.kind',
    ],
    [
      'a code past the end of the source',
      (data: { segments: Record<string, unknown>[] }) => {
        const code = firstCode(data);
        if (code) code.offset = 99;
      },
      'segments[0].sourceCodes[0].offset',
    ],
    [
      'original data that is not a <data> element',
      (data: { segments: Record<string, unknown>[] }) => {
        translationCode(data).attrs.data = ['<b>bold</b>'];
      },
      'segments[0].translation.content[0].content[1].attrs.data[0]',
    ],
  ])('refuses %s, naming the field', (_, change, path) => {
    expect(readProjectFile(damaged(change))).toEqual({
      ok: false,
      problem: { code: 'invalid', path },
    });
  });
});
