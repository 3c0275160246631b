import type { ReactNode } from 'react';
import type { RichTextDoc, RichTextInline } from '../../domain/model/richText';

/**
 * Stored rich text as React elements: text is always text, so nothing stored or imported can
 * become live markup, and no HTML string is ever parsed.
 */
export function StaticRichText({ doc }: { doc: RichTextDoc }) {
  return (
    <>
      {doc.content.map((paragraph, index) => (
        <p key={index}>{(paragraph.content ?? []).map(renderInline)}</p>
      ))}
    </>
  );
}

function renderInline(inline: RichTextInline, index: number): ReactNode {
  if (inline.type === 'hardBreak') return <br key={index} />;
  let node: ReactNode = inline.text;
  for (const mark of inline.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        node = <strong>{node}</strong>;
        break;
      case 'italic':
        node = <em>{node}</em>;
        break;
    }
  }
  return <span key={index}>{node}</span>;
}
