import type { RichTextDoc, RichTextInline, RichTextMark } from '../../model/richText';
import { xmlText } from '../xml/escapeXml';
import { codeXml, type XliffVocabulary } from './inlineCodes';

/** How one XLIFF version writes formatting: every mark and break has a mapping. */
export interface InlineVocabulary {
  open: (mark: RichTextMark['type'], id: string) => string;
  close: (mark: RichTextMark['type']) => string;
  lineBreak: (id: string) => string;
  /** The version other tools' inline codes are written in (see inlineCodes.ts). */
  codes: XliffVocabulary;
}

const xliff2Subtypes: Record<RichTextMark['type'], string> = { bold: 'xlf:b', italic: 'xlf:i' };
const xliff12CtypeOf: Record<RichTextMark['type'], string> = { bold: 'bold', italic: 'italic' };

export const xliff2Inline: InlineVocabulary = {
  open: (mark, id) => `<pc id="${id}" type="fmt" subType="${xliff2Subtypes[mark]}">`,
  close: () => '</pc>',
  lineBreak: (id) => `<ph id="${id}" type="fmt" subType="xlf:lb"/>`,
  codes: '2',
};

export const xliff12Inline: InlineVocabulary = {
  open: (mark, id) => `<g id="${id}" ctype="${xliff12CtypeOf[mark]}">`,
  close: () => '</g>',
  lineBreak: (id) => `<x id="${id}" ctype="lb"/>`,
  codes: '1.2',
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

/**
 * Inline code ids 1, 2, 3 …; share one counter across a unit's segments (ids are unit-wide).
 * Ids in `reserved` (those of other tools' codes in the unit) are skipped.
 */
export function idCounter(reserved: ReadonlySet<string> = new Set()): () => string {
  let counter = 0;
  return () => {
    do counter += 1;
    while (reserved.has(`${counter}`));
    return `${counter}`;
  };
}

function inlineToXml(
  inline: Exclude<RichTextInline, { type: 'footnote' }>,
  vocabulary: InlineVocabulary,
  nextId: () => string,
): string {
  if (inline.type === 'hardBreak') return vocabulary.lineBreak(nextId());
  if (inline.type === 'inlineCode') return codeXml(inline.attrs, vocabulary.codes);
  const marks = [...(inline.marks ?? [])].sort((a, b) => a.type.localeCompare(b.type));
  let xml = xmlText(inline.text);
  for (const mark of marks.reverse())
    xml = `${vocabulary.open(mark.type, nextId())}${xml}${vocabulary.close(mark.type)}`;
  return xml;
}
