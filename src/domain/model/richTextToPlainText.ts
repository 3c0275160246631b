import type { RichTextDoc } from './richText';

/** Plain text of stored rich text: paragraphs joined by newlines, hard breaks as newlines. */
export function richTextToPlainText(doc: RichTextDoc): string {
  return doc.content
    .map((paragraph) =>
      (paragraph.content ?? [])
        .map((inline) => (inline.type === 'text' ? inline.text : '\n'))
        .join(''),
    )
    .join('\n');
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
