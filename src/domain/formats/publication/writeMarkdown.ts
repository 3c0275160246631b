import type { RichTextInline, RichTextParagraph } from '../../model/richText';
import type { ProjectDocument } from '../../project/projectDocument';
import { publishableSegments, type UntranslatedPolicy } from './publishableSegments';
import { CollectedFootnotes, footnoteDefinitionsMarkdown } from './publicationFootnotes';

/** The English translation as Markdown: # title, ## headings, **bold**, *italic*. */
export function writeMarkdown(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
): string {
  const pieces = publishableSegments(document.segments, policy, placeholder);
  const footnotes = new CollectedFootnotes();
  const blocks = pieces.map((piece, index) => {
    const text = piece.content.content
      .map((paragraph) => paragraphToMarkdown(paragraph, footnotes))
      .join('  \n');
    const body = piece.isPlaceholder ? `*${text}*` : text;
    if (index === 0) return `# ${body}`;
    return piece.kind === 'heading' ? `## ${body}` : body;
  });
  // Definitions after the text, as `[^1]: …` (CommonMark's footnote extension, Pandoc, GitHub).
  const definitions = footnoteDefinitionsMarkdown(footnotes, (paragraph) =>
    paragraphToMarkdown(paragraph),
  );
  return `${blocks.join('\n\n')}\n${definitions ? `\n${definitions}\n` : ''}`;
}

function paragraphToMarkdown(paragraph: RichTextParagraph, footnotes?: CollectedFootnotes): string {
  return (paragraph.content ?? []).map((inline) => inlineToMarkdown(inline, footnotes)).join('');
}

function inlineToMarkdown(inline: RichTextInline, footnotes?: CollectedFootnotes): string {
  if (inline.type === 'hardBreak') return '  \n';
  if (inline.type === 'footnote') return footnotes ? `[^${footnotes.add(inline.attrs.note)}]` : '';
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
