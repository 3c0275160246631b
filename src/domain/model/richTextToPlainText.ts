import type { RichTextDoc, RichTextInline } from './richText';

/**
 * Plain text of stored rich text: paragraphs joined by newlines, hard breaks as newlines. Inline
 * codes of other tools count as nothing (so "Click <a>here</a>, {0} items" is "Click here,
 * items"): the same here, in the editor's text (its renderText), in find offsets and QA ranges.
 */
export function richTextToPlainText(doc: RichTextDoc): string {
  return doc.content
    .map((paragraph) =>
      (paragraph.content ?? [])
        .map((inline) =>
          inline.type === 'text' ? inline.text : inline.type === 'inlineCode' ? '' : '\n',
        )
        .join(''),
    )
    .join('\n');
}

/** How many characters a non-text inline takes in the plain text: a code none, a break one. */
export function plainLengthOf(inline: RichTextInline): number {
  if (inline.type === 'text') return inline.text.length;
  return inline.type === 'inlineCode' ? 0 : 1;
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
