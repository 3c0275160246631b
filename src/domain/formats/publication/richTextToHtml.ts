import type { RichTextInline, RichTextParagraph } from '../../model/richText';
import { escapeXml } from '../xml/escapeXml';
import { footnoteReferenceHtml, type CollectedFootnotes } from './publicationFootnotes';

/**
 * Inline rich text as escaped HTML: only <strong>, <em>, <br> and footnote references (when
 * `footnotes` collects the notes; otherwise references are left out) are ever produced.
 */
export function paragraphToHtml(
  paragraph: RichTextParagraph,
  footnotes?: CollectedFootnotes,
): string {
  return (paragraph.content ?? []).map((inline) => inlineToHtml(inline, footnotes)).join('');
}

function inlineToHtml(inline: RichTextInline, footnotes?: CollectedFootnotes): string {
  if (inline.type === 'hardBreak') return '<br>';
  // Another tool's code: its equivalent text (`{0}`) or nothing, never its markup.
  if (inline.type === 'inlineCode') return escapeXml(inline.attrs.equiv);
  if (inline.type === 'footnote')
    return footnotes ? footnoteReferenceHtml(footnotes.add(inline.attrs.note)) : '';
  let html = escapeXml(inline.text);
  const marks = new Set((inline.marks ?? []).map((mark) => mark.type));
  if (marks.has('italic')) html = `<em>${html}</em>`;
  if (marks.has('bold')) html = `<strong>${html}</strong>`;
  return html;
}
