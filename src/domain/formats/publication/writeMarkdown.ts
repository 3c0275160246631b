import type { RichTextInline, RichTextParagraph } from '../../model/richText';
import type { ProjectDocument } from '../../project/projectDocument';
import { publishableSegments, type UntranslatedPolicy } from './publishableSegments';
import { markdownBlock } from './blockTypes';
import { hasOwnDetails, publicationDetailsOf, type PublicationDetails } from './publicationDetails';
import { CollectedFootnotes, footnoteDefinitionsMarkdown } from './publicationFootnotes';

/**
 * The English translation as Markdown: `#` title, `##`–`####` Heading 1–3, `>` quotes, **bold**,
 * *italic*; project details the translator set (title, author, date, a variant other than en)
 * go first as YAML front matter, as Pandoc and static site generators read it.
 */
export function writeMarkdown(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
  author = '',
): string {
  const pieces = publishableSegments(document.segments, policy, placeholder);
  const footnotes = new CollectedFootnotes();
  const blocks = pieces.map((piece) => {
    const text = piece.content.content
      .map((paragraph) => paragraphToMarkdown(paragraph, footnotes))
      .join('  \n');
    const body = piece.isPlaceholder ? `*${text}*` : text;
    return markdownBlock(piece.type, body);
  });
  const details = publicationDetailsOf(document, pieces, author);
  const front = hasOwnDetails(document, details) ? frontMatter(details) : '';
  // Definitions after the text, as `[^1]: …` (CommonMark's footnote extension, Pandoc, GitHub).
  const definitions = footnoteDefinitionsMarkdown(footnotes, (paragraph) =>
    paragraphToMarkdown(paragraph),
  );
  return `${front}${blocks.join('\n\n')}\n${definitions ? `\n${definitions}\n` : ''}`;
}

/** JSON strings are YAML double-quoted scalars: any title or name is written safely. */
function frontMatter(details: PublicationDetails): string {
  const lines = [
    `title: ${JSON.stringify(details.title)}`,
    details.author ? `author: ${JSON.stringify(details.author)}` : '',
    details.date ? `date: ${details.date}` : '',
    `lang: ${JSON.stringify(details.lang)}`,
  ].filter(Boolean);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

function paragraphToMarkdown(paragraph: RichTextParagraph, footnotes?: CollectedFootnotes): string {
  return (paragraph.content ?? []).map((inline) => inlineToMarkdown(inline, footnotes)).join('');
}

function inlineToMarkdown(inline: RichTextInline, footnotes?: CollectedFootnotes): string {
  if (inline.type === 'hardBreak') return '  \n';
  // Another tool's code: its equivalent text (`{0}`) or nothing, never its markup.
  if (inline.type === 'inlineCode') return escapeMarkdown(inline.attrs.equiv);
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
