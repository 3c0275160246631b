import { describe, expect, it } from 'vitest';
import { footnoteDocument } from '../../../../test/helpers/footnoteDocument';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import { readXliff } from './readXliff';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2 } from './writeXliff2';

const options = {
  srcLang: 'zh-Hant',
  convertSource: (text: string) => text,
  termsIn: () => [],
};

/** What XLIFF keeps of a note: its text, as plain paragraphs (notes are plain text there). */
const asRead = footnoteDocument.segments.map((segment) => ({
  ...segment.translation,
  content: segment.translation.content.map((paragraph) => ({
    ...paragraph,
    content: paragraph.content?.map((inline) =>
      inline.type === 'footnote'
        ? {
            type: 'footnote' as const,
            attrs: {
              note: {
                type: 'doc' as const,
                content: inline.attrs.note.content.map((note) => {
                  const text = (note.content ?? [])
                    .map((part) => (part.type === 'text' ? part.text : ''))
                    .join('');
                  return text
                    ? { type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }
                    : { type: 'paragraph' as const };
                }),
              },
            },
          }
        : inline,
    ),
  })),
}));

describe("translator's notes in XLIFF 2.0", () => {
  const xml = writeXliff2(footnoteDocument, options);

  it('annotates the target with a comment pointing to a note of the unit', () => {
    expect(xml).toContain(
      '<target>Pony Ma’s proposals to the Two Sessions<mrk id="fn1" type="comment" ref="#n=fn1"/></target>',
    );
    expect(xml).toContain(
      '<note id="fn1" category="translator-note" appliesTo="target">The Two Sessions: the annual plenary sessions of the NPC &amp; CPPCC</note>',
    );
    // The unit's own note comes first, its translator's note after it, in one <notes>.
    expect(xml).toMatch(/<notes>\s*<note>Check[^<]*<\/note>\s*<note id="fn1"/);
    expect(xml).toContain(
      '<pc id="1" type="fmt" subType="xlf:b">Ma Huateng</pc><mrk id="fn1" type="comment" ref="#n=fn1"/> plans seven proposals<mrk id="fn2" type="comment" ref="#n=fn2"/>.',
    );
  });

  it('is valid against the OASIS schemas', async () => {
    expect(await validateXliff(xml, '2.0')).toEqual([]);
  });

  it('comes back as footnotes at the same places, the unit note staying a note', () => {
    const read = readXliff(xml);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.units.map((unit) => unit.translation)).toEqual(asRead);
    expect(read.file.units[0]?.notesText).toBe('Check “term” & co');
    expect(read.file.units[1]?.notesText).toBe('');
    expect(read.file.units[1]?.translationText).toBe('Ma Huateng plans seven proposals.');
  });

  it('leaves a comment of another tool, or one whose note is missing, as text and notes', () => {
    const foreign = xml
      .replace(
        '<mrk id="fn1" type="comment" ref="#n=fn1"/></target>',
        '<mrk id="c1" type="comment" ref="#n=c1">!</mrk></target>',
      )
      .replace('<note id="fn1" category="translator-note"', '<note id="c1" category="query"');
    const read = readXliff(foreign);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.units[0]?.translationText).toBe('Pony Ma’s proposals to the Two Sessions!');
    expect(read.file.units[0]?.notesText).toContain('annual plenary sessions');
  });
});

describe("translator's notes in XLIFF 1.2", () => {
  const xml = writeXliff12(footnoteDocument, options);

  it('marks the place with an x-footnote placeholder and the note with its id', () => {
    expect(xml).toContain('the Two Sessions<x id="fn1" ctype="x-footnote"/></target>');
    expect(xml).toContain(
      '<note annotates="target">[fn1] The Two Sessions: the annual plenary sessions of the NPC &amp; CPPCC</note>',
    );
    expect(xml).toContain('<note annotates="target">[fn1] Pony Ma\nChairman of Tencent.</note>');
  });

  it('is valid against the OASIS 1.2 strict schema', async () => {
    expect(await validateXliff(xml, '1.2')).toEqual([]);
  });

  it('comes back as footnotes at the same places', () => {
    const read = readXliff(xml);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.units.map((unit) => unit.translation)).toEqual(asRead);
    expect(read.file.units[0]?.notesText).toBe('Check “term” & co');
  });
});
