import type { RichTextDoc, RichTextInline } from './richText';

/**
 * Plain text of stored rich text: paragraphs joined by newlines, hard breaks as newlines. Inline
 * codes of other tools count as nothing (so "Click <a>here</a>, {0} items" is "Click here,
 * items"): the same here, in the editor's text (its renderText), in find offsets and QA ranges.
 * A footnote reference has no text either (its note is not part of the sentence): find, QA and
 * the memory see the translation as the reader reads it.
 */
export function richTextToPlainText(doc: RichTextDoc): string {
  return doc.content
    .map((paragraph) =>
      (paragraph.content ?? [])
        .map((inline) =>
          inline.type === 'text' ? inline.text : inline.type === 'hardBreak' ? '\n' : '',
        )
        .join(''),
    )
    .join('\n');
}

/** How many characters a non-text inline takes in the plain text: a break one, a code or a note none. */
export function plainLengthOf(inline: RichTextInline): number {
  if (inline.type === 'text') return inline.text.length;
  return inline.type === 'hardBreak' ? 1 : 0;
}

export function plainTextToRichText(text: string): RichTextDoc {
  const paragraphs = text
    .split('\n')
    .map((line) =>
      line === ''
        ? { type: 'paragraph' as const }
        : { type: 'paragraph' as const, content: [{ type: 'text' as const, text: line }] },
    );
  return { type: 'doc', content: paragraphs };
}
