import type { ProjectDocument } from '../../project/projectDocument';
import { escapeXml } from '../xml/escapeXml';
import {
  publicationTitle,
  publishableSegments,
  type UntranslatedPolicy,
} from './publishableSegments';
import { paragraphToHtml } from './richTextToHtml';
import { CollectedFootnotes, endnotesHtml, footnotesCss } from './publicationFootnotes';

const style = `body{font:17px/1.6 Georgia,"Times New Roman",serif;color:#1d2330;max-width:42rem;margin:3rem auto;padding:0 1.25rem}
h1{font-size:1.9rem;line-height:1.25;margin:0 0 1.5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
p{margin:0 0 1rem}.source{color:#4f5868}.placeholder{color:#b3261e;font-style:italic}
@media print{body{margin:0;max-width:none}}`;

/**
 * The English translation as a standalone page: the first segment is the title (and <h1>),
 * later headings are <h2>, lang="en" (source-language passages keep their own lang).
 */
export function writeHtml(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
): string {
  const pieces = publishableSegments(document.segments, policy, placeholder);
  const title = publicationTitle(pieces, document.project.name);
  const footnotes = new CollectedFootnotes();
  const body = pieces.map((piece, index) => {
    const attributes = piece.isSource
      ? ` class="source" lang="${escapeXml(document.project.sourceLang)}"`
      : piece.isPlaceholder
        ? ' class="placeholder"'
        : '';
    const tag = index === 0 ? 'h1' : piece.kind === 'heading' ? 'h2' : 'p';
    const inner = piece.content.content
      .map((paragraph) => paragraphToHtml(paragraph, footnotes))
      .join('<br>');
    return `<${tag}${attributes}>${inner}</${tag}>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${style}${footnotes.notes.length > 0 ? `\n${footnotesCss}` : ''}</style>
</head>
<body>
<main>
${body.join('\n')}
${endnotesHtml(footnotes, (paragraph) => paragraphToHtml(paragraph))}</main>
</body>
</html>
`;
}
