/**
 * Rich text as stored: the same JSON shape Tiptap produces (`editor.getJSON()`), declared here so
 * that domain code (exports, QA, rendering) can read it without importing Tiptap.
 */
export type RichTextMark = { type: 'bold' } | { type: 'italic' };

export interface RichTextText {
  type: 'text';
  text: string;
  marks?: RichTextMark[];
}

export interface RichTextHardBreak {
  type: 'hardBreak';
}

export type RichTextInline = RichTextText | RichTextHardBreak;

export interface RichTextParagraph {
  type: 'paragraph';
  content?: RichTextInline[];
}

export interface RichTextDoc {
  type: 'doc';
  content: RichTextParagraph[];
}

export const emptyRichText = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
