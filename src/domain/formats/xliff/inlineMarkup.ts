import type { RichTextDoc, RichTextInline, RichTextMark } from '../../model/richText';
import { xmlText } from '../xml/escapeXml';

/** How one XLIFF version writes formatting: every mark and break has a mapping. */
export interface InlineVocabulary {
  open: (mark: RichTextMark['type'], id: string) => string;
  close: (mark: RichTextMark['type']) => string;
  lineBreak: (id: string) => string;
}

const xliff2Subtypes: Record<RichTextMark['type'], string> = { bold: 'xlf:b', italic: 'xlf:i' };
const xliff12CtypeOf: Record<RichTextMark['type'], string> = { bold: 'bold', italic: 'italic' };

export const xliff2Inline: InlineVocabulary = {
  open: (mark, id) => `<pc id="${id}" type="fmt" subType="${xliff2Subtypes[mark]}">`,
  close: () => '</pc>',
  lineBreak: (id) => `<ph id="${id}" type="fmt" subType="xlf:lb"/>`,
};

export const xliff12Inline: InlineVocabulary = {
  open: (mark, id) => `<g id="${id}" ctype="${xliff12CtypeOf[mark]}">`,
  close: () => '</g>',
  lineBreak: (id) => `<x id="${id}" ctype="lb"/>`,
};

/**
 * Rich text as XLIFF inline content: text escaped, bold and italic as paired codes (nested in
 * a fixed order so that reading back gives the same marks), paragraphs joined by line breaks.
 */
export function inlineMarkup(
  doc: RichTextDoc,
  vocabulary: InlineVocabulary,
  nextId: () => string = idCounter(),
  /** How a translator's note is referenced (see xliffFootnotes.ts); left out when absent. */
  footnote?: (note: RichTextDoc) => string,
): string {
  const parts: string[] = [];
  doc.content.forEach((paragraph, index) => {
    if (index > 0) parts.push(vocabulary.lineBreak(nextId()));
    for (const inline of paragraph.content ?? [])
      parts.push(
        inline.type === 'footnote'
          ? (footnote?.(inline.attrs.note) ?? '')
          : inlineToXml(inline, vocabulary, nextId),
      );
  });
  return parts.join('');
}

/** Inline code ids 1, 2, 3 …; share one counter across a unit's segments (ids are unit-wide). */
export function idCounter(): () => string {
  let counter = 0;
  return () => `${++counter}`;
}

function inlineToXml(
  inline: Exclude<RichTextInline, { type: 'footnote' }>,
  vocabulary: InlineVocabulary,
  nextId: () => string,
): string {
  if (inline.type === 'hardBreak') return vocabulary.lineBreak(nextId());
  const marks = [...(inline.marks ?? [])].sort((a, b) => a.type.localeCompare(b.type));
  let xml = xmlText(inline.text);
  for (const mark of marks.reverse())
    xml = `${vocabulary.open(mark.type, nextId())}${xml}${vocabulary.close(mark.type)}`;
  return xml;
}
