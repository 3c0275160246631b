import type { RichTextParagraph } from '../../model/richText';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { writeBilingualHtml } from './writeBilingualHtml';
import { writeHtml } from './writeHtml';
import { writeMarkdown } from './writeMarkdown';

describe('publication exports', () => {
  it('writes a standalone English page titled by segment 1, leaving out "Do not translate"', () => {
    const html = writeHtml(sampleDocument, 'omit', '[untranslated]');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Industrial internet &amp; &lt;economy&gt;</title>');
    expect(html).toContain('<h1><strong>Industrial</strong> internet &amp; &lt;economy&gt;</h1>');
    // Segment 2 is a draft: a gap, left out as asked.
    expect(html).not.toContain('A draft');
    expect(html).not.toContain('免責聲明');
    expect(writeHtml(sampleDocument, 'placeholder', '[untranslated]')).toContain(
      '<p class="placeholder">[untranslated]</p>',
    );
  });

  it.each([
    ['omit', 'A draft', undefined],
    ['source', '數字經濟', 'class="source" lang="zh-Hant"'],
    ['placeholder', '[untranslated]', 'class="placeholder"'],
  ] as const)('handles untranslated segments: %s', (policy, expected, attribute) => {
    const document = {
      ...sampleDocument,
      segments: sampleDocument.segments.map((segment) =>
        segment.id === 's2'
          ? {
              ...segment,
              translationText: '',
              translation: { type: 'doc' as const, content: [{ type: 'paragraph' as const }] },
            }
          : segment,
      ),
    };
    const html = writeHtml(document, policy, '[untranslated]');
    if (policy === 'omit') expect(html).not.toContain('數字經濟');
    else expect(html).toContain(expected);
    if (attribute) expect(html).toContain(attribute);
  });

  it('writes Markdown with escaped text', () => {
    expect(writeMarkdown(sampleDocument, 'omit', '')).toBe(
      '# **Industrial** internet & \\<economy\\>\n',
    );
    expect(writeMarkdown(sampleDocument, 'placeholder', '[pending]')).toBe(
      '# **Industrial** internet & \\<economy\\>\n\n*\\[pending\\]*\n',
    );
  });

  it('keeps Markdown marks next to the text and escapes line starts that would be syntax', () => {
    const [first] = sampleDocument.segments;
    if (!first) throw new Error('sample has segments');
    const line = (content: NonNullable<RichTextParagraph['content']>) => ({
      ...first,
      translation: { type: 'doc' as const, content: [{ type: 'paragraph' as const, content }] },
      translationText: 'x',
    });
    const document = {
      ...sampleDocument,
      segments: [
        line([{ type: 'text', text: 'Title' }]),
        line([
          { type: 'text', text: 'bold ', marks: [{ type: 'bold' }] },
          { type: 'text', text: 'world' },
        ]),
        line([{ type: 'text', text: '---' }]),
        line([{ type: 'text', text: '1) first' }]),
      ].map((segment, order) => ({
        ...segment,
        id: `m${order}`,
        order,
        ...(order === 0
          ? { kind: 'heading' as const, type: 'title' as const }
          : { kind: 'paragraph' as const, type: 'paragraph' as const }),
      })),
    };
    expect(writeMarkdown(document, 'omit', '')).toBe(
      '# Title\n\n**bold** world\n\n\\---\n\n\\1) first\n',
    );
  });

  it('writes a bilingual review table', () => {
    const html = writeBilingualHtml(
      sampleDocument,
      {
        title: 'Review',
        number: '#',
        source: 'Source',
        translation: 'English translation',
        notes: 'Notes',
        status: 'Status',
        statusName: (status) => status.toUpperCase(),
      },
      { srcLang: 'zh-Hant', convertSource: (text) => text },
    );
    expect(html).toContain(
      '<td lang="zh-Hant">產業互聯網</td><td lang="en"><strong>Industrial</strong>',
    );
    expect(html).toContain('<td class="status">DO-NOT-TRANSLATE</td>');
  });
});
