import type { RichTextDoc } from '../../model/richText';
import type { ProjectDocument } from '../../project/projectDocument';
import { escapeXml } from '../xml/escapeXml';
import {
  publishableSegments,
  type PublishableSegment,
  type UntranslatedPolicy,
} from './publishableSegments';
import { htmlBlock } from './blockTypes';
import { publicationDetailsOf, type PublicationDetails } from './publicationDetails';
import { paragraphToHtml } from './richTextToHtml';
import { CollectedFootnotes, endnotesHtml, footnotesCss } from './publicationFootnotes';

const style = `body{font:17px/1.6 Georgia,"Times New Roman",serif;color:#1d2330;max-width:42rem;margin:3rem auto;padding:0 1.25rem}
h1{font-size:1.9rem;line-height:1.25;margin:0 0 1.5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}h4{font-size:1rem;margin:1.25rem 0 .5rem}
blockquote{margin:0 0 1rem;padding-left:1.25rem;border-left:3px solid #c9ced8;color:#3b4352}
p{margin:0 0 1rem}.source{color:#4f5868}.placeholder{color:#b3261e;font-style:italic}
@media print{body{margin:0;max-width:none}}`;

/** One published segment's element in the page body. */
export interface HtmlBlock {
  segmentId: string;
  html: string;
  /** The translator's notes its references stand for, in order. */
  notes: RichTextDoc[];
}

/**
 * A published segment's element: its type gives the block (see blockTypes.ts). Its notes join
 * `footnotes`, numbered after those already there; without a collector they are left out.
 */
export function htmlBlockOf(
  piece: PublishableSegment,
  sourceLang: string,
  footnotes?: CollectedFootnotes,
): string {
  const attributes = piece.isSource
    ? ` class="source" lang="${escapeXml(sourceLang)}"`
    : piece.isPlaceholder
      ? ' class="placeholder"'
      : '';
  const inner = piece.content.content
    .map((paragraph) => paragraphToHtml(paragraph, footnotes))
    .join('<br>');
  return htmlBlock(piece.type, attributes, inner);
}

/**
 * The page's title and body, one block per published segment in document order: what
 * `writeHtml` wraps into the page, and what the live preview shows block by block.
 */
export function writeHtmlBody(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
  author = '',
): { details: PublicationDetails; blocks: HtmlBlock[]; footnotes: CollectedFootnotes } {
  const pieces = publishableSegments(document.segments, policy, placeholder);
  const details = publicationDetailsOf(document, pieces, author);
  const footnotes = new CollectedFootnotes();
  const blocks = pieces.map((piece) => {
    const before = footnotes.notes.length;
    const html = htmlBlockOf(piece, document.project.sourceLang, footnotes);
    return { segmentId: piece.segmentId, html, notes: footnotes.notes.slice(before) };
  });
  return { details, blocks, footnotes };
}

/**
 * The English translation as a standalone page: each segment's type gives its block (title
 * <h1>, Heading 1–3 <h2>–<h4>, quote <blockquote>; see blockTypes.ts), in the project's English
 * variant (source-language passages keep their own lang), with the project details in the head.
 */
export function writeHtml(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
  author = '',
): string {
  const { details, blocks, footnotes } = writeHtmlBody(document, policy, placeholder, author);
  const body = blocks.map((block) => block.html);
  return `<!doctype html>
<html lang="${escapeXml(details.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(details.title)}</title>
${detailsMeta(details)}<style>${style}${footnotes.notes.length > 0 ? `\n${footnotesCss}` : ''}</style>
</head>
<body>
<main>
${body.join('\n')}
${endnotesHtml(footnotes, (paragraph) => paragraphToHtml(paragraph))}</main>
</body>
</html>
`;
}

/** The author and date as meta elements (Dublin Core's name for the date), when there are any. */
function detailsMeta(details: PublicationDetails): string {
  return [
    details.author ? `<meta name="author" content="${escapeXml(details.author)}">\n` : '',
    details.date ? `<meta name="dcterms.date" content="${escapeXml(details.date)}">\n` : '',
  ].join('');
}
