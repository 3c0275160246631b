import type { SourceComment } from '../../comments/sourceComment';
import type { Project } from '../../model/project';
import type { Segment } from '../../model/segment';
import type { Translate } from '../exportContext';
import { escapeXml } from '../xml/escapeXml';

/** One open query: the comment and where it is. */
export interface QueryRow {
  /** 1-based, as the workspace numbers segments. */
  number: number;
  source: string;
  comment: SourceComment;
}

/** The words of the sheet, in the interface language (the domain has no translations). */
export interface QuerySheetLabels {
  title: string;
  segment: string;
  source: string;
  comment: string;
  author: string;
  date: string;
  replies: string;
}

/** The open comments, in document order, for the client. */
export function openQueries(segments: readonly Segment[]): QueryRow[] {
  return segments.flatMap((segment, index) =>
    (segment.comments ?? [])
      .filter((comment) => comment.status === 'open')
      .map((comment) => ({ number: index + 1, source: segment.source, comment })),
  );
}

/** The date a comment was made, as the sheet writes it (ISO, so any locale reads it). */
function dateOf(time: number): string {
  return time > 0 ? new Date(time).toISOString().slice(0, 10) : '';
}

function repliesOf(comment: SourceComment): string {
  return comment.replies
    .map((reply) => `${reply.author ? `${reply.author}: ` : ''}${reply.text}`)
    .join('\n');
}

/**
 * CSV (RFC 4180, CRLF, with a byte-order mark so spreadsheet programs read the Chinese as
 * UTF-8): segment number, source with the commented words in 【】, comment, author, date,
 * replies. A cell starting with = + - @ is prefixed with ' so no spreadsheet runs it as a formula.
 */
export function writeQueriesCsv(rows: readonly QueryRow[], labels: QuerySheetLabels): string {
  const header = [
    labels.segment,
    labels.source,
    labels.comment,
    labels.author,
    labels.date,
    labels.replies,
  ];
  const lines = [
    header,
    ...rows.map((row) => [
      String(row.number),
      bracketed(row.source, row.comment),
      row.comment.text,
      row.comment.author,
      dateOf(row.comment.createdAt),
      repliesOf(row.comment),
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function bracketed(source: string, comment: SourceComment): string {
  if (!comment.span) return source;
  const end = comment.span.offset + comment.span.length;
  return `${source.slice(0, comment.span.offset)}【${source.slice(comment.span.offset, end)}】${source.slice(end)}`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A printable HTML page of the same table, the commented words in `<mark>`. */
export function writeQueriesHtml(
  rows: readonly QueryRow[],
  labels: QuerySheetLabels,
  options: { projectName: string; sourceLang: string },
): string {
  const title = `${labels.title}: ${options.projectName}`;
  const body = rows
    .map((row) => {
      const { span } = row.comment;
      const source = span
        ? `${escapeXml(row.source.slice(0, span.offset))}<mark>${escapeXml(row.source.slice(span.offset, span.offset + span.length))}</mark>${escapeXml(row.source.slice(span.offset + span.length))}`
        : escapeXml(row.source);
      const replies = row.comment.replies
        .map(
          (reply) =>
            `<li>${reply.author ? `<b>${escapeXml(reply.author)}</b>: ` : ''}${escapeXml(reply.text)}</li>`,
        )
        .join('');
      return `<tr>
<td>${row.number}</td>
<td lang="${escapeXml(options.sourceLang)}">${source}</td>
<td>${escapeXml(row.comment.text)}${replies ? `<ul>${replies}</ul>` : ''}</td>
<td>${escapeXml(row.comment.author)}</td>
<td>${dateOf(row.comment.createdAt)}</td>
</tr>
`;
    })
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeXml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.4rem; text-align: left; vertical-align: top; }
mark { background: #ffe58a; }
</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
<table>
<thead><tr><th>${escapeXml(labels.segment)}</th><th>${escapeXml(labels.source)}</th><th>${escapeXml(labels.comment)}</th><th>${escapeXml(labels.author)}</th><th>${escapeXml(labels.date)}</th></tr></thead>
<tbody>
${body}</tbody>
</table>
</body>
</html>
`;
}

export const querySheetFormats = ['csv', 'html'] as const;
export type QuerySheetFormat = (typeof querySheetFormats)[number];

export function isQuerySheetFormat(value: unknown): value is QuerySheetFormat {
  return typeof value === 'string' && (querySheetFormats as readonly string[]).includes(value);
}

/** The sheet's words from the locale file: the same keys for the browser and the CLI. */
export function querySheetLabels(translate: Translate): QuerySheetLabels {
  return {
    title: translate('comments.sheet.title'),
    segment: translate('comments.sheet.segment'),
    source: translate('comments.sheet.source'),
    comment: translate('comments.sheet.comment'),
    author: translate('comments.sheet.author'),
    date: translate('comments.sheet.date'),
    replies: translate('comments.sheet.replies'),
  };
}

export interface QuerySheetFile {
  /** After the project's name in the file name: " - Queries.csv". */
  suffix: string;
  content: string;
  mimeType: string;
  /** How many open queries it lists. */
  count: number;
}

/**
 * The query sheet of a project's open comments, as the Comments panel downloads it and
 * `npm run export -- --format queries-csv|queries-html` writes it: one function, so both write
 * the same bytes. Null when no comment is open (there is nothing to send).
 */
export function querySheetFor(
  segments: readonly Segment[],
  project: Pick<Project, 'name' | 'sourceLang'>,
  format: QuerySheetFormat,
  translate: Translate,
): QuerySheetFile | null {
  const rows = openQueries(segments);
  if (rows.length === 0) return null;
  const labels = querySheetLabels(translate);
  const suffix = ` - ${labels.title}.${format}`;
  return format === 'csv'
    ? {
        suffix,
        content: writeQueriesCsv(rows, labels),
        mimeType: 'text/csv;charset=utf-8',
        count: rows.length,
      }
    : {
        suffix,
        content: writeQueriesHtml(rows, labels, {
          projectName: project.name,
          sourceLang: project.sourceLang,
        }),
        mimeType: 'text/html;charset=utf-8',
        count: rows.length,
      };
}
