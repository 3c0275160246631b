import type { ProjectDocument } from '../../project/projectDocument';
import { escapeXml } from '../xml/escapeXml';
import {
  publicationTitle,
  publishableSegments,
  type PublishableSegment,
  type UntranslatedPolicy,
} from './publishableSegments';
import { paragraphToHtml } from './richTextToHtml';

const style = `body{font:17px/1.6 Georgia,"Times New Roman",serif;color:#1d2330;max-width:42rem;margin:3rem auto;padding:0 1.25rem}
h1{font-size:1.9rem;line-height:1.25;margin:0 0 1.5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
p{margin:0 0 1rem}.source{color:#4f5868}.placeholder{color:#b3261e;font-style:italic}
@media print{body{margin:0;max-width:none}}`;

/** One published segment's element in the page body. */
export interface HtmlBlock {
  segmentId: string;
  html: string;
}

/** A published segment's element; `index` is its place among the published ones. */
export function htmlBlockOf(piece: PublishableSegment, index: number, sourceLang: string): string {
  const attributes = piece.isSource
    ? ` class="source" lang="${escapeXml(sourceLang)}"`
    : piece.isPlaceholder
      ? ' class="placeholder"'
      : '';
  const tag = index === 0 ? 'h1' : piece.kind === 'heading' ? 'h2' : 'p';
  const inner = piece.content.content.map(paragraphToHtml).join('<br>');
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

/**
 * The page's title and body, one block per published segment in document order: what
 * `writeHtml` wraps into the page, and what the live preview shows block by block.
 */
export function writeHtmlBody(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
): { title: string; blocks: HtmlBlock[] } {
  const pieces = publishableSegments(document.segments, policy, placeholder);
  const title = publicationTitle(pieces, document.project.name);
  const blocks = pieces.map((piece, index) => ({
    segmentId: piece.segmentId,
    html: htmlBlockOf(piece, index, document.project.sourceLang),
  }));
  return { title, blocks };
}

/**
 * The English translation as a standalone page: the first segment is the title (and <h1>),
 * later headings are <h2>, lang="en" (source-language passages keep their own lang).
 */
export function writeHtml(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
): string {
  const { title, blocks } = writeHtmlBody(document, policy, placeholder);
  const body = blocks.map((block) => block.html);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
