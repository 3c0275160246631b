import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceComment } from '../../comments/sourceComment';
import { importText } from '../../import/importText';
import { emptyRichText } from '../../model/richText';
import type { Segment } from '../../model/segment';
import { openQueries, writeQueriesCsv, writeQueriesHtml } from './querySheet';

const proposal = readFileSync('source-text/industrial-internet-proposal.txt', 'utf8');
const segments: Segment[] = importText(proposal).segments.map((segment) => ({
  ...segment,
  projectId: 'p',
  translation: emptyRichText(),
  translationText: '',
  notes: emptyRichText(),
  notesText: '',
  status: 'untranslated',
  updatedAt: 0,
}));
const index = segments.findIndex((segment) => segment.source.startsWith('建議二'));
const two = segments[index] as Segment;
const offset = two.source.indexOf('數字經發展');

const base = { author: 'Lin Wei', createdAt: Date.UTC(2026, 10, 27, 9), replies: [] };
const comments: SourceComment[] = [
  {
    ...base,
    id: 'a',
    span: { offset, length: 5 },
    quote: '數字經發展',
    text: 'Should this read 數字經濟發展 ("digital economy development")?',
    status: 'open',
    replies: [{ id: 'r', author: 'Client', createdAt: 0, text: 'Yes, a typo.' }],
  },
  { ...base, id: 'b', span: null, quote: two.source, text: 'Resolved one', status: 'resolved' },
  {
    ...base,
    id: 'c',
    span: null,
    quote: two.source,
    text: '=1+1 <b>',
    author: '',
    createdAt: 0,
    status: 'open',
  },
];
segments[index] = { ...two, comments };

const labels = {
  title: 'Queries',
  segment: 'Segment',
  source: 'Source',
  comment: 'Comment',
  author: 'Author',
  date: 'Date',
  replies: 'Replies',
};

describe('the query sheet', () => {
  const rows = openQueries(segments);

  it('lists the open comments only, with the segment number the rows show', () => {
    expect(rows.map((row) => [row.number, row.comment.id])).toEqual([
      [index + 1, 'a'],
      [index + 1, 'c'],
    ]);
  });

  it('as CSV marks the span in 【】 and never starts a cell with a formula', async () => {
    const csv = writeQueriesCsv(rows, labels);
    expect(csv).toContain('筑牢【數字經發展】的戰略基石');
    expect(csv).toContain(",'=1+1 <b>,");
    await expect(csv).toMatchFileSnapshot('../../../../test/fixtures/golden/queries.csv');
  });

  it('as HTML marks the span and escapes the text', async () => {
    const html = writeQueriesHtml(rows, labels, {
      projectName: 'Proposal & co',
      sourceLang: 'zh-Hant',
    });
    expect(html).toContain('筑牢<mark>數字經發展</mark>的戰略基石');
    expect(html).toContain('=1+1 &lt;b&gt;');
    expect(html).toContain('<title>Queries: Proposal &amp; co</title>');
    await expect(html).toMatchFileSnapshot('../../../../test/fixtures/golden/queries.html');
  });
});
