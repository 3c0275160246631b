import type { RichTextDoc } from './richText';

/**
 * Plain text of stored rich text: paragraphs joined by newlines, hard breaks as newlines. A
 * footnote reference has no text here (its note is not part of the sentence): find, QA and the
 * memory see the translation as the reader reads it.
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
