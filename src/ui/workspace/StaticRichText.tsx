import type { ReactNode } from 'react';
import type { RichTextDoc, RichTextInline } from '../../domain/model/richText';
import { plainLengthOf } from '../../domain/model/richTextToPlainText';
import { InlineCodeTag } from '../inlineCodes/InlineCodeTag';
import { FootnoteMark } from '../footnotes/FootnoteMark';

/** A span of the plain text (paragraphs and hard breaks count one character each) to mark. */
export interface MarkedRange {
  start: number;
  end: number;
}

const noMarks: readonly MarkedRange[] = [];

/**
 * Stored rich text as React elements: text is always text, so nothing stored or imported can
 * become live markup, and no HTML string is ever parsed. `marks` (offsets in the plain text, as
 * the quality checks give them) are drawn as <mark class="qa-mark">.
 */
export function StaticRichText({
  doc,
  marks = noMarks,
  footnoteStart = 1,
}: {
  doc: RichTextDoc;
  marks?: readonly MarkedRange[];
  /** The project-wide number of this text's first translator's note. */
  footnoteStart?: number;
}) {
  let offset = 0;
  let footnote = footnoteStart;
  return (
    <>
      {doc.content.map((paragraph, index) => {
        const inlines = (paragraph.content ?? []).map((inline, at) => {
          const start = offset;
          // A note reference has no place in the plain text the quality marks count in.
          if (inline.type === 'footnote') return <FootnoteMark key={at} number={footnote++} />;
          offset += inline.type === 'text' ? inline.text.length : plainLengthOf(inline);
          return renderInline(inline, at, start, marks);
        });
        offset += 1;
        return <p key={index}>{inlines}</p>;
      })}
    </>
  );
}

function renderInline(
  inline: Exclude<RichTextInline, { type: 'footnote' }>,
  index: number,
  offset: number,
  marks: readonly MarkedRange[],
): ReactNode {
  if (inline.type === 'hardBreak') return <br key={index} />;
  if (inline.type === 'inlineCode') return <InlineCodeTag key={index} code={inline.attrs} />;
  let node: ReactNode = marked(inline.text, offset, marks);
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

/** The text with the parts inside `marks` wrapped in <mark>; the text itself when none are. */
export function marked(text: string, offset: number, marks: readonly MarkedRange[]): ReactNode {
  const end = offset + text.length;
  const inside = marks.filter((range) => range.start < end && range.end > offset);
  if (inside.length === 0) return text;
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const range of [...inside].sort((a, b) => a.start - b.start)) {
    const from = Math.max(cursor, range.start - offset);
    const to = Math.min(text.length, range.end - offset);
    if (to <= from) continue;
    if (from > cursor) parts.push(text.slice(cursor, from));
    parts.push(
      <mark key={from} className="qa-mark">
        {text.slice(from, to)}
      </mark>,
    );
    cursor = to;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
