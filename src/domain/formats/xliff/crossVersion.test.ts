import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import { documentFromXliff } from '../../exchange/documentFromXliff';
import { readXliff } from './readXliff';
import { writeXliff12 } from './writeXliff12';

describe('an XLIFF 2 document with several files, exported as XLIFF 1.2', () => {
  it('keeps each file’s original (not its XLIFF 2 id) and the units’ own ids', async () => {
    const read = readXliff(
      readFileSync('test/fixtures/foreign/xliff/multi-file.xliff2.xlf', 'utf8'),
    );
    if (!read.ok) throw new Error('fixture refused');
    const xml = writeXliff12(documentFromXliff(read.file, { fileName: 'book.xlf', now: 1 }), {
      srcLang: 'zh-Hant',
      convertSource: (text) => text,
    });
    expect([...xml.matchAll(/<file original="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'chapter1.html',
      'chapter2.html',
    ]);
    expect([...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'u1',
      'u2',
      'u1',
      'u2',
    ]);
    expect(await validateXliff(xml, '1.2')).toEqual([]);
  });
});
