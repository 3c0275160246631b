import type { Paragraph } from 'docx';
import { noteParagraphs } from '../../footnotes/footnotes';
import type { RichTextMark, RichTextText } from '../../model/richText';
import type { CollectedFootnotes } from './publicationFootnotes';

type Docx = typeof import('docx');

/**
 * The translator's notes as real Word footnotes, numbered as their references were written: the
 * library writes word/footnotes.xml (with Word's separator and continuation separator), its
 * relationship and content type, and the FootnoteText and FootnoteReference styles. A note's
 * paragraphs stay paragraphs of its footnote.
 */
export function docxFootnotes(
  docx: Docx,
  footnotes: CollectedFootnotes,
): Record<string, { children: Paragraph[] }> {
  const entries = footnotes.notes.map((note, index) => {
    const paragraphs = noteParagraphs(note).map(
      (paragraph) =>
        new docx.Paragraph({
          style: 'FootnoteText',
          children: (paragraph.content ?? []).map((inline) =>
            inline.type === 'text'
              ? new docx.TextRun({
                  text: inline.text,
                  bold: hasMark(inline, 'bold') || undefined,
                  italics: hasMark(inline, 'italic') || undefined,
                })
              : new docx.TextRun({ break: 1 }),
          ),
        }),
    );
    return [`${index + 1}`, { children: paragraphs }] as const;
  });
  return Object.fromEntries(entries);
}

function hasMark(inline: RichTextText, type: RichTextMark['type']): boolean {
  return (inline.marks ?? []).some((mark) => mark.type === type);
}
