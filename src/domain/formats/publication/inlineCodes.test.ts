import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentFromXliff } from '../../exchange/documentFromXliff';
import { readXliff } from '../xliff/readXliff';
import { writeDocx } from './writeDocx';
import { writeHtml } from './writeHtml';
import { writeMarkdown } from './writeMarkdown';

/** Okapi-style 1.2: a link as bpt/ept, `{0}` as a ph with equiv-text, an image as x. */
const document = (() => {
  const read = readXliff(
    readFileSync('test/fixtures/foreign/xliff/inline-codes.okapi.xliff12.xlf', 'utf8'),
  );
  if (!read.ok) throw new Error('fixture refused');
  const imported = documentFromXliff(read.file, { fileName: 'page.xlf', now: 1 });
  return { ...imported, segments: imported.segments.slice(0, 1) };
})();

describe('inline codes in publications', () => {
  it.each([
    ['HTML', () => writeHtml(document, 'omit', '')],
    ['Markdown', () => writeMarkdown(document, 'omit', '')],
    [
      'Word',
      // The text of the document's runs, in order.
      async () =>
        [
          ...strFromU8(
            unzipSync(await writeDocx(document, 'omit', '', ''))['word/document.xml'] ??
              new Uint8Array(),
          ).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g),
        ]
          .map((match) => match[1])
          .join(''),
    ],
  ] as const)(
    '%s shows a placeholder by its equivalent text, the rest not at all',
    async (_, write) => {
      const text = await write();
      expect(text).toMatch(/Click here, (\\)?\{0(\\)?\} items/);
      expect(text).not.toMatch(/x\.html|&lt;\/a|<\/a>|<bpt|<ph/);
    },
  );
});
