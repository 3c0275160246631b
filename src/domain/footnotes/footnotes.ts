import type { RichTextDoc, RichTextFootnote, RichTextParagraph } from '../model/richText';

/** The footnote references of a translation, in reading order. */
export function footnotesOf(doc: RichTextDoc): RichTextFootnote[] {
  const found: RichTextFootnote[] = [];
  for (const paragraph of doc.content)
    for (const inline of paragraph.content ?? [])
      if (inline.type === 'footnote') found.push(inline);
  return found;
}

export function countFootnotes(doc: RichTextDoc): number {
  let count = 0;
  for (const paragraph of doc.content)
    for (const inline of paragraph.content ?? []) if (inline.type === 'footnote') count += 1;
  return count;
}

/** A note without text (what the button inserts before the translator writes it). */
export const emptyNote = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/**
 * A note as the exports and the static view may trust it: paragraphs of text and line breaks
 * only (a note holds no footnote of its own).
 */
export function noteParagraphs(note: RichTextDoc): RichTextParagraph[] {
  return note.content.map((paragraph) => {
    const content = (paragraph.content ?? []).filter((inline) => inline.type !== 'footnote');
    return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
  });
}

/** Whether a note says anything (an empty one is still exported, as an empty footnote). */
export function noteIsEmpty(note: RichTextDoc): boolean {
  return note.content.every((paragraph) =>
    (paragraph.content ?? []).every(
      (inline) => inline.type === 'text' && inline.text.trim() === '',
    ),
  );
}
