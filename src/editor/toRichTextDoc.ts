import type { JSONContent } from '@tiptap/core';
import { noteParagraphs } from '../domain/footnotes/footnotes';
import type {
  InlineCodeAttrs,
  RichTextDoc,
  RichTextFootnote,
  RichTextInline,
  RichTextMark,
  RichTextParagraph,
} from '../domain/model/richText';

/** A footnote reference as stored: its note narrowed the same way, without footnotes. */
function footnoteOf(attrs: Record<string, unknown> | undefined): RichTextFootnote {
  const note = attrs?.note;
  const doc = toRichTextDoc(typeof note === 'object' && note !== null ? note : {});
  return { type: 'footnote', attrs: { note: { type: 'doc', content: noteParagraphs(doc) } } };
}

/** Narrows the editor's JSON to the stored shape, dropping anything outside the schema. */
export function toRichTextDoc(json: JSONContent): RichTextDoc {
  const paragraphs: RichTextParagraph[] = [];
  for (const block of json.content ?? []) {
    if (block.type !== 'paragraph') continue;
    const content: RichTextInline[] = [];
    for (const inline of block.content ?? []) {
      if (inline.type === 'hardBreak') content.push({ type: 'hardBreak' });
      if (inline.type === 'inlineCode' && inline.attrs)
        content.push({ type: 'inlineCode', attrs: inline.attrs as InlineCodeAttrs });
      if (inline.type === 'footnote') content.push(footnoteOf(inline.attrs));
      if (inline.type === 'text' && inline.text) {
        const marks = (inline.marks ?? []).flatMap((mark): RichTextMark[] =>
          mark.type === 'bold' || mark.type === 'italic' ? [{ type: mark.type }] : [],
        );
        content.push(
          marks.length > 0
            ? { type: 'text', text: inline.text, marks }
            : { type: 'text', text: inline.text },
        );
      }
    }
    paragraphs.push(content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
  }
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] };
}
