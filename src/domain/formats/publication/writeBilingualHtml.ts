import type { ProjectDocument } from '../../project/projectDocument';
import { escapeXml } from '../xml/escapeXml';
import type { XliffExportOptions } from '../xliff/writeXliff2';
import { paragraphToHtml } from './richTextToHtml';
import { segmentTypeOf } from '../../model/segmentType';
import { CollectedFootnotes, endnotesHtml, footnotesCss } from './publicationFootnotes';

const style = `body{font:15px/1.55 system-ui,sans-serif;color:#1d2330;margin:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #c9ced6;padding:.45rem .6rem;vertical-align:top;text-align:left}
th{background:#f4f6f9}td.n{color:#4f5868;width:2.5rem;text-align:right}.heading td{font-weight:700}
.title td{font-size:1.2rem}.heading1 td{font-size:1.1rem}.quote td{font-style:italic}
.status{font-size:.8rem;color:#4f5868;white-space:nowrap}
@media print{body{margin:0}tr{break-inside:avoid}thead{display:table-header-group}}`;

export interface BilingualLabels {
  title: string;
  number: string;
  source: string;
  translation: string;
  notes: string;
  status: string;
  statusName: (status: ProjectDocument['segments'][number]['status']) => string;
}

/** The script the source is shown in, as in XLIFF: its language tag and the conversion to it. */
export type SourceScript = Pick<XliffExportOptions, 'srcLang' | 'convertSource'>;

/**
 * Source and translation side by side, with notes and status, for a reviewer; prints well. The
 * source is in the script the translator views it in (Simplified, Traditional), like XLIFF.
 */
export function writeBilingualHtml(
  document: ProjectDocument,
  labels: BilingualLabels,
  script: SourceScript,
): string {
  const sourceLang = escapeXml(script.srcLang);
  const targetLang = escapeXml(document.project.targetLang || 'en');
  const footnotes = new CollectedFootnotes();
  const rows = document.segments.map((segment, index) => {
    const translation = segment.translation.content
      .map((paragraph) => paragraphToHtml(paragraph, footnotes))
      .join('<br>');
    const notes = segment.notes.content.map((paragraph) => paragraphToHtml(paragraph)).join('<br>');
    return `<tr${rowClass(segment)}><td class="n">${index + 1}</td><td lang="${sourceLang}">${escapeXml(script.convertSource(segment.source))}</td><td lang="${targetLang}">${translation}</td><td lang="${targetLang}">${notes}</td><td class="status">${escapeXml(labels.statusName(segment.status))}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeXml(labels.title)}</title>
<style>${style}${footnotes.notes.length > 0 ? `\n${footnotesCss}` : ''}</style>
</head>
<body>
<h1>${escapeXml(labels.title)}</h1>
<table>
<thead><tr><th>${escapeXml(labels.number)}</th><th>${escapeXml(labels.source)}</th><th>${escapeXml(labels.translation)}</th><th>${escapeXml(labels.notes)}</th><th>${escapeXml(labels.status)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${endnotesHtml(footnotes, (paragraph) => paragraphToHtml(paragraph))}</body>
</html>
`;
}

/** Headings keep the class `heading` (bold); the type (title, heading2, quote…) sizes the row. */
function rowClass(segment: ProjectDocument['segments'][number]): string {
  const type = segmentTypeOf(segment);
  const classes = [segment.kind === 'heading' ? 'heading' : '', type === 'paragraph' ? '' : type];
  const names = classes.filter(Boolean).join(' ');
  return names ? ` class="${names}"` : '';
}
