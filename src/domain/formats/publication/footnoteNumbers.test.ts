import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { footnote } from '../../../../test/helpers/footnoteDocument';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import type { RichTextDoc, RichTextInline } from '../../model/richText';
import { plainTextToRichText } from '../../model/richTextToPlainText';
import type { Segment, SegmentStatus } from '../../model/segment';
import type { ProjectDocument } from '../../project/projectDocument';
import { parseXml } from '../xml/parseXml';
import type { UntranslatedPolicy } from './publishableSegments';
import { writeBilingualHtml } from './writeBilingualHtml';
import { writeDocx } from './writeDocx';
import { writeHtml } from './writeHtml';
import { writeMarkdown } from './writeMarkdown';

/**
 * Which notes a reader of each publication finds, and under which numbers: a note in a segment
 * the publication does not show (a gap under any policy, "Do not translate") takes no number, so
 * the numbers the reader sees run 1, 2, 3… without a hole. The bilingual page shows every
 * segment, so every note.
 */

const note = (text: string): RichTextDoc => plainTextToRichText(text);

/** A segment with English, a note after each word of `notes`, and a status. */
function segmentWith(id: string, status: SegmentStatus, notes: string[], english = true): Segment {
  const base = sampleDocument.segments[1];
  if (!base) throw new Error('the sample has a paragraph');
  const words = english ? `${id.toUpperCase()} says` : '';
  const content: RichTextInline[] = [
    ...(english ? [{ type: 'text' as const, text: words }] : []),
    ...notes.map((text) => footnote(note(text))),
  ];
  return {
    ...base,
    id,
    source: `${id}原文。`,
    translation: { type: 'doc', content: [{ type: 'paragraph', content }] },
    translationText: words,
    status,
  };
}

function documentOf(segments: Segment[]): ProjectDocument {
  return {
    ...sampleDocument,
    project: { ...sampleDocument.project, segmentCount: segments.length },
    segments: segments.map((segment, order) => ({ ...segment, order })),
  };
}

/** "n: note text" for each reference, in reading order, its text looked up in the definitions. */
function numbered(references: string[], definitions: Map<string, string>): string[] {
  return references.map((number) => `${number}: ${definitions.get(number) ?? '(no definition)'}`);
}

function htmlNotes(html: string): string[] {
  const references = [...html.matchAll(/<a href="#fn(\d+)" id="fnref\1"/g)].map((m) => m[1] ?? '');
  const definitions = new Map(
    [...html.matchAll(/<li id="fn(\d+)"><p>(.*?) <a href="#fnref\1"/g)].map(
      (m) => [m[1] ?? '', m[2] ?? ''] as const,
    ),
  );
  return numbered(references, definitions);
}

function markdownNotes(markdown: string): string[] {
  const references = [...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1] ?? '');
  const definitions = new Map(
    [...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const),
  );
  return numbered(references, definitions);
}

function wordNotes(docx: Uint8Array): string[] {
  const files = unzipSync(docx);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const references = [
    ...part('word/document.xml').matchAll(/<w:footnoteReference w:id="(\d+)"/g),
  ].map((m) => m[1] ?? '');
  const parsed = parseXml(part('word/footnotes.xml'));
  const footnotes = parsed.ok ? parsed.root.descendants('*', 'footnote') : [];
  const definitions = new Map(
    footnotes
      .filter((element) => element.getAttribute('w:type') === null)
      .map((element) => [element.getAttribute('w:id') ?? '', element.textContent] as const),
  );
  return numbered(references, definitions);
}

const labels = {
  title: 'Bilingual',
  number: '#',
  source: 'Source',
  translation: 'Translation',
  notes: 'Notes',
  status: 'Status',
  statusName: (status: string) => status,
};
const script = { srcLang: 'zh-Hant', convertSource: (text: string) => text };

interface Case {
  name: string;
  segments: Segment[];
  policy: UntranslatedPolicy;
  /** What HTML, Markdown and Word readers see. */
  published: string[];
  /** What the bilingual page shows (every segment). */
  bilingual: string[];
}

const confirmed = (id: string, ...notes: string[]) => segmentWith(id, 'translated', notes);
const all = ['1: note a', '2: note b', '3: note c', '4: note d'];

const cases: Case[] = [
  {
    name: 'every segment confirmed',
    segments: [confirmed('a', 'note a'), confirmed('b', 'note b'), confirmed('c', 'note c')],
    policy: 'placeholder',
    published: ['1: note a', '2: note b', '3: note c'],
    bilingual: ['1: note a', '2: note b', '3: note c'],
  },
  ...(['placeholder', 'source', 'omit'] as const).map((policy): Case => ({
    name: `a draft with a note, gaps as "${policy}"`,
    segments: [
      confirmed('a', 'note a'),
      segmentWith('b', 'draft', ['note b']),
      confirmed('c', 'note c'),
      confirmed('d', 'note d'),
    ],
    policy,
    published: ['1: note a', '2: note c', '3: note d'],
    bilingual: all,
  })),
  {
    name: 'the first segment a draft: numbers still start at 1',
    segments: [
      segmentWith('a', 'draft', ['note a']),
      confirmed('b', 'note b'),
      confirmed('c', 'note c'),
      confirmed('d', 'note d'),
    ],
    policy: 'omit',
    published: ['1: note b', '2: note c', '3: note d'],
    bilingual: all,
  },
  {
    name: '"Do not translate" with a note',
    segments: [
      confirmed('a', 'note a'),
      segmentWith('b', 'do-not-translate', ['note b']),
      confirmed('c', 'note c'),
      confirmed('d', 'note d'),
    ],
    policy: 'placeholder',
    published: ['1: note a', '2: note c', '3: note d'],
    bilingual: all,
  },
  {
    name: 'a note without English (untranslated), gaps shown in the source',
    segments: [
      confirmed('a', 'note a'),
      segmentWith('b', 'untranslated', ['note b'], false),
      confirmed('c', 'note c'),
      confirmed('d', 'note d'),
    ],
    policy: 'source',
    published: ['1: note a', '2: note c', '3: note d'],
    bilingual: all,
  },
  {
    name: 'two notes in a segment after a draft and an untranslated one',
    segments: [
      confirmed('a', 'note a'),
      segmentWith('b', 'draft', ['note b']),
      segmentWith('c', 'untranslated', ['note c'], false),
      confirmed('d', 'note d1', 'note d2'),
      confirmed('e', 'note e'),
    ],
    policy: 'placeholder',
    published: ['1: note a', '2: note d1', '3: note d2', '4: note e'],
    bilingual: ['1: note a', '2: note b', '3: note c', '4: note d1', '5: note d2', '6: note e'],
  },
];

describe("translator's note numbers in every publication", () => {
  it.each(cases)('$name', async ({ segments, policy, published, bilingual }) => {
    const document = documentOf(segments);
    expect(htmlNotes(writeHtml(document, policy, '[missing]'))).toEqual(published);
    expect(markdownNotes(writeMarkdown(document, policy, '[missing]'))).toEqual(published);
    expect(wordNotes(await writeDocx(document, policy, '[missing]', ''))).toEqual(published);
    expect(htmlNotes(writeBilingualHtml(document, labels, script))).toEqual(bilingual);
  });
});
