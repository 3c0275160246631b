import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import type { ProjectDocument } from '../../project/projectDocument';
import { writeDocx } from './writeDocx';

const [heading] = sampleDocument.segments;
if (!heading) throw new Error('the sample starts with a heading');

async function partsOf(
  document: ProjectDocument,
  policy: 'omit' | 'source' | 'placeholder',
  author = '',
) {
  const files = unzipSync(await writeDocx(document, policy, '[untranslated]', author));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { body: part('word/document.xml'), core: part('docProps/core.xml'), part };
}

/** The sample with segment 2 untranslated: the one the policies are about. */
const withUntranslated: ProjectDocument = {
  ...sampleDocument,
  segments: sampleDocument.segments.map((segment) =>
    segment.id === 's2'
      ? {
          ...segment,
          translationText: '',
          translation: { type: 'doc', content: [{ type: 'paragraph' }] },
        }
      : segment,
  ),
};

describe('Word export', () => {
  it('writes the English translation titled by segment 1, leaving out "Do not translate"', async () => {
    const { body, core, part } = await partsOf(sampleDocument, 'omit');
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Industrial<\/w:t>/,
    );
    expect(body).toContain('> internet &amp; &lt;economy&gt;</w:t>');
    // Segment 2 is a draft: a gap, left out as asked.
    expect(body).not.toContain('A draft');
    expect(body).not.toContain('免責聲明');
    expect(core).toContain('<dc:title>Industrial internet &amp; &lt;economy&gt;</dc:title>');
    expect(part('word/styles.xml')).toContain('<w:lang w:val="en"/>');
  });

  it('gives later headings the Heading 1 style and keeps line breaks and italics', async () => {
    const document: ProjectDocument = {
      ...sampleDocument,
      segments: [
        ...sampleDocument.segments,
        {
          ...heading,
          id: 's4',
          order: 3,
          translation: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'Part', marks: [{ type: 'italic' }] },
                  { type: 'hardBreak' },
                  { type: 'text', text: 'two' },
                ],
              },
            ],
          },
          translationText: 'Part\ntwo',
        },
      ],
    };
    const { body } = await partsOf(document, 'omit');
    expect(body).toMatch(
      /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Part<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t xml:space="preserve">two<\/w:t>/,
    );
  });

  it.each([
    ['omit', undefined],
    ['source', '數字經濟是發展的高級階段。'],
    ['placeholder', '[untranslated]'],
  ] as const)('handles untranslated segments: %s', async (policy, expected) => {
    const { body } = await partsOf(withUntranslated, policy);
    expect(body).not.toContain('A draft');
    if (expected === undefined) {
      expect(body).not.toContain('數字經濟');
      expect(body).not.toContain('[untranslated]');
    } else {
      expect(body).toContain(`<w:t xml:space="preserve">${expected}</w:t>`);
    }
    if (policy === 'source')
      expect(body).toContain('<w:lang w:val="zh-Hant" w:eastAsia="zh-Hant"/>');
    if (policy === 'placeholder') expect(body).toMatch(/<w:i\/>.*\[untranslated\]/);
  });

  it.each([
    ['set', 'Lin Wei & <co>', 'Lin Wei &amp; &lt;co&gt;'],
    ['not set', '', undefined],
    ['blank', '   ', undefined],
  ])(
    'has the translator’s name (%s) as its author, never the project’s',
    async (_case, author, written) => {
      const { core } = await partsOf(sampleDocument, 'omit', author);
      expect(core).not.toContain('Sample');
      if (written === undefined) {
        expect(core).not.toMatch(/<dc:creator>|<cp:lastModifiedBy>/);
      } else {
        expect(core).toContain(`<dc:creator>${written}</dc:creator>`);
        expect(core).toContain(`<cp:lastModifiedBy>${written}</cp:lastModifiedBy>`);
      }
    },
  );

  it('leaves space after each paragraph, as Word’s own Normal style does', async () => {
    const { part } = await partsOf(sampleDocument, 'omit');
    expect(part('word/styles.xml')).toMatch(
      /<w:pPrDefault><w:pPr><w:spacing w:after="160"\/><\/w:pPr><\/w:pPrDefault>/,
    );
  });
});
