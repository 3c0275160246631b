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

/**
 * A translator's note, shown as a superscript number where it stands in the translation. The
 * note's text lives in the reference itself, so deleting the reference deletes the note (and
 * Undo brings both back). Its number is never stored: see domain/footnotes/footnoteNumbering.
 */
export interface RichTextFootnote {
  type: 'footnote';
  /** Paragraphs of text with bold and italic, no footnotes of its own. */
  attrs: { note: RichTextDoc };
}

export type RichTextInline = RichTextText | RichTextHardBreak | RichTextFootnote;

export interface RichTextParagraph {
  type: 'paragraph';
  content?: RichTextInline[];
}

export interface RichTextDoc {
  type: 'doc';
  content: RichTextParagraph[];
}

export const emptyRichText = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
