import type { RichTextInline, RichTextParagraph } from '../../model/richText';
import { escapeXml } from '../xml/escapeXml';

/** Inline rich text as escaped HTML: only <strong>, <em> and <br> are ever produced. */
export function paragraphToHtml(paragraph: RichTextParagraph): string {
  return (paragraph.content ?? []).map(inlineToHtml).join('');
}

function inlineToHtml(inline: RichTextInline): string {
  if (inline.type === 'hardBreak') return '<br>';
  // Another tool's code: its equivalent text (`{0}`) or nothing, never its markup.
  if (inline.type === 'inlineCode') return escapeXml(inline.attrs.equiv);
  let html = escapeXml(inline.text);
  const marks = new Set((inline.marks ?? []).map((mark) => mark.type));
  if (marks.has('italic')) html = `<em>${html}</em>`;
  if (marks.has('bold')) html = `<strong>${html}</strong>`;
  return html;
}
