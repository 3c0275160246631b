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
 * An inline code from another tool's XLIFF (a placeholder such as `{0}`, or one end of a paired
 * code such as `<a>`…`</a>`): content the translator moves or deletes as a whole, never edits.
 * In plain-text derivations (translationText, QA, memory, find) a code counts as nothing.
 */
export interface InlineCodeAttrs {
  /** The element it came from: ph, x, bx, ex, bpt, ept, it, sc, ec, cp, or pc/g as `-open`/`-close`. */
  kind: string;
  /** The code's id (for a pair's end or an isolated end, the id of its start) — shared by a pair. */
  id: string;
  /** The XLIFF version whose vocabulary `xml` is in ('1.2' or '2'). */
  xliff: string;
  /** The element exactly as read (for a pair, its start tag or its end tag alone), written back as is. */
  xml: string;
  /** XLIFF 2 `<data>` elements the code refers to, written back in the unit's `<originalData>`. */
  data: string[];
  /** The native code (originalData or a 1.2 code's content), shown as the tag's title. */
  native: string;
  /** What the tag shows: `{0}`, `<a>`, `</a>`, `⟨1⟩`. */
  label: string;
  /** The text a publication shows in its place (`equiv`), often empty: then nothing is shown. */
  equiv: string;
}

export interface RichTextInlineCode {
  type: 'inlineCode';
  attrs: InlineCodeAttrs;
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

export type RichTextInline =
  RichTextText | RichTextHardBreak | RichTextInlineCode | RichTextFootnote;

export interface RichTextParagraph {
  type: 'paragraph';
  content?: RichTextInline[];
}

export interface RichTextDoc {
  type: 'doc';
  content: RichTextParagraph[];
}

export const emptyRichText = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
