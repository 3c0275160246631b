import type { RichTextInline, RichTextParagraph } from '../../model/richText';
import type { ProjectDocument } from '../../project/projectDocument';
import { publishableSegments, type UntranslatedPolicy } from './publishableSegments';

/** The English translation as Markdown: # title, ## headings, **bold**, *italic*. */
export function writeMarkdown(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
): string {
  const pieces = publishableSegments(document.segments, policy, placeholder);
  const blocks = pieces.map((piece, index) => {
    const text = piece.content.content.map(paragraphToMarkdown).join('  \n');
    const body = piece.isPlaceholder ? `*${text}*` : text;
    if (index === 0) return `# ${body}`;
    return piece.kind === 'heading' ? `## ${body}` : body;
  });
  return `${blocks.join('\n\n')}\n`;
}

function paragraphToMarkdown(paragraph: RichTextParagraph): string {
  return (paragraph.content ?? []).map(inlineToMarkdown).join('');
}

function inlineToMarkdown(inline: RichTextInline): string {
  if (inline.type === 'hardBreak') return '  \n';
  // Another tool's code: its equivalent text (`{0}`) or nothing, never its markup.
  if (inline.type === 'inlineCode') return escapeMarkdown(inline.attrs.equiv);
  // CommonMark ignores `** bold**`: the delimiters hug the text, its edge spaces stay outside.
  const [, before = '', inner = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inline.text) ?? [];
  let text = escapeMarkdown(inner);
  const marks = new Set((inline.marks ?? []).map((mark) => mark.type));
  if (text && marks.has('italic')) text = `*${text}*`;
  if (text && marks.has('bold')) text = `**${text}**`;
  return `${before}${text}${after}`;
}

/** Characters that would otherwise start Markdown syntax (or HTML) in ordinary prose. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>#|~])/g, '\\$1')
    .replace(/^(\s*)([-+=]|\d+[.)](?=\s|$))/, '$1\\$2');
}
