import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { footnoteDocument } from '../../../../test/helpers/footnoteDocument';
import { parseXml } from '../xml/parseXml';
import { writeBilingualHtml } from './writeBilingualHtml';
import { writeDocx } from './writeDocx';
import { writeHtml } from './writeHtml';
import { writeMarkdown } from './writeMarkdown';

const golden = '../../../../test/fixtures/golden';
const labels = {
  title: 'Bilingual',
  number: '#',
  source: 'Source',
  translation: 'Translation',
  notes: 'Notes',
  status: 'Status',
  statusName: (status: string) => status,
};
const script = { srcLang: 'zh-Hant', convertSource: (text: string) => text };

describe("translator's notes in the HTML page", () => {
  const html = writeHtml(footnoteDocument, 'omit', '[untranslated]');

  it('links each reference to its endnote and back, numbered in reading order', () => {
    expect(html).toContain(
      'the Two Sessions<sup class="footnote-ref"><a href="#fn1" id="fnref1" role="doc-noteref">1</a></sup></h1>',
    );
    expect(html).toContain('<a href="#fn2" id="fnref2" role="doc-noteref">2</a>');
    expect(html).toContain(
      '<li id="fn1"><p><em>The Two Sessions</em>: the annual plenary sessions of the NPC &amp; CPPCC <a href="#fnref1" class="footnote-back" role="doc-backlink">',
    );
    expect(html).toContain('<li id="fn2"><p><strong>Pony Ma</strong><br>Chairman of Tencent.');
    expect(html).toContain('<li id="fn3">');
  });

  it('is a golden file', async () => {
    await expect(html).toMatchFileSnapshot(`${golden}/footnotes.html`);
  });
});

describe("translator's notes in the bilingual page", () => {
  const html = writeBilingualHtml(footnoteDocument, labels, script);

  it('keeps the references in the translation column and the notes after the table', () => {
    expect(html).toMatch(
      /Two Sessions<sup class="footnote-ref"><a href="#fn1"[^]*<\/table>\n<section class="footnotes"/,
    );
    expect(html).toContain('<li id="fn3"><p> <a href="#fnref3"');
  });

  it('is a golden file', async () => {
    await expect(html).toMatchFileSnapshot(`${golden}/footnotes.bilingual.html`);
  });
});

describe("translator's notes in Markdown", () => {
  const markdown = writeMarkdown(footnoteDocument, 'omit', '');

  it('writes [^n] references and their definitions at the end', () => {
    expect(markdown).toBe(
      [
        '# Pony Ma’s proposals to the Two Sessions[^1]',
        '',
        '**Ma Huateng**[^2] plans seven proposals[^3].',
        '',
        '[^1]: *The Two Sessions*: the annual plenary sessions of the NPC & CPPCC',
        '[^2]: **Pony Ma**',
        '',
        '    Chairman of Tencent.',
        '[^3]: ',
        '',
      ].join('\n'),
    );
  });

  it('is a golden file', async () => {
    await expect(markdown).toMatchFileSnapshot(`${golden}/footnotes.md`);
  });
});

describe("translator's notes in Word", async () => {
  const files = unzipSync(await writeDocx(footnoteDocument, 'omit', '[untranslated]', ''));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());

  it('are real footnotes: a footnotes part with the separators and one footnote per note', () => {
    const parsed = parseXml(part('word/footnotes.xml'));
    if (!parsed.ok) throw new Error('footnotes.xml does not parse');
    const footnotes = parsed.root.descendants('*', 'footnote');
    const ids = footnotes.map((note) => note.getAttribute('w:id'));
    const types = footnotes.map((note) => note.getAttribute('w:type'));
    expect(types.slice(0, 2)).toEqual(['separator', 'continuationSeparator']);
    expect(ids.slice(2)).toEqual(['1', '2', '3']);
    const text = footnotes.slice(2).map((note) => note.textContent);
    expect(text[0]).toBe('The Two Sessions: the annual plenary sessions of the NPC & CPPCC');
    expect(text[1]).toBe('Pony MaChairman of Tencent.');
    expect(part('word/footnotes.xml')).toContain('<w:pStyle w:val="FootnoteText"/>');
  });

  it('references them from the text with the FootnoteReference style, in order', () => {
    const body = part('word/document.xml');
    const references = [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map(
      (match) => match[1],
    );
    expect(references).toEqual(['1', '2', '3']);
    expect(body).toMatch(
      /<w:rStyle w:val="FootnoteReference"\/>[^]*<w:footnoteReference w:id="1"\/>/,
    );
    expect(body).toMatch(
      /Two Sessions<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/>/,
    );
  });

  it('declares the part: relationship, content type, and both styles', () => {
    expect(part('word/_rels/document.xml.rels')).toMatch(
      /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/footnotes" Target="footnotes.xml"/,
    );
    expect(part('[Content_Types].xml')).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"',
    );
    const styles = part('word/styles.xml');
    expect(styles).toContain('w:styleId="FootnoteText"');
    expect(styles).toContain('w:styleId="FootnoteReference"');
  });
});
