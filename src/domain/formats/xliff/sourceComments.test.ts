import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import type { SourceComment } from '../../comments/sourceComment';
import { importText } from '../../import/importText';
import { emptyRichText } from '../../model/richText';
import { plainTextToRichText } from '../../model/richTextToPlainText';
import type { Segment } from '../../model/segment';
import type { ProjectDocument } from '../../project/projectDocument';
import { readXliff, type XliffUnit } from './readXliff';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2 } from './writeXliff2';

const proposal = readFileSync('source-text/industrial-internet-proposal.txt', 'utf8');
const imported = importText(proposal).segments;
const proposalTwo = imported.find((segment) => segment.source.startsWith('建議二'));
if (!proposalTwo) throw new Error('建議二 is not in the proposal');
const typoAt = proposalTwo.source.indexOf('數字經發展');

function comment(
  fields: Partial<SourceComment> & Pick<SourceComment, 'id' | 'text'>,
): SourceComment {
  return {
    span: null,
    quote: '',
    author: 'Lin Wei',
    createdAt: Date.UTC(2026, 10, 27, 9, 30),
    status: 'open',
    replies: [],
    ...fields,
  };
}

function segmentWith(
  base: Omit<
    Segment,
    'projectId' | 'translation' | 'translationText' | 'notes' | 'notesText' | 'status' | 'updatedAt'
  > &
    Partial<Segment>,
  comments: SourceComment[],
): Segment {
  return {
    projectId: 'p-sample',
    translation: emptyRichText(),
    translationText: '',
    notes: emptyRichText(),
    notesText: '',
    status: 'untranslated',
    updatedAt: 5,
    ...base,
    comments: comments.map((item) =>
      item.span
        ? {
            ...item,
            quote: base.source.slice(item.span.offset, item.span.offset + item.span.length),
          }
        : { ...item, quote: base.source },
    ),
  };
}

const typo = comment({
  id: 'c-typo',
  span: { offset: typoAt, length: 5 },
  text: '數字經發展: 數字經濟發展? A character seems to be missing.',
  replies: [
    { id: 'r1', author: 'Client', createdAt: Date.UTC(2026, 10, 28), text: 'Yes: 數字經濟發展.' },
  ],
});
const whole = comment({
  id: 'c-whole',
  text: 'Is 云 meant to be 雲 here?',
  status: 'resolved',
  author: '',
});

const twoSentences = segmentWith(
  {
    id: 's9',
    order: 3,
    kind: 'paragraph',
    source: '第一句話。第二句話。',
    readings: [],
    sentenceEnds: [5, 10],
    translation: plainTextToRichText('First sentence. Second sentence.'),
    translationText: 'First sentence. Second sentence.',
    status: 'translated',
  },
  [
    // Crosses the sentence boundary: a <sm>/<em> pair.
    comment({ id: 'c-cross', span: { offset: 3, length: 4 }, text: 'Across & <both>' }),
    // Inside the first sentence and overlapping the one above: also a pair.
    comment({ id: 'c-overlap', span: { offset: 1, length: 3 }, text: 'Overlaps' }),
    // Inside the second, nested in nothing: a <mrk>.
    comment({ id: 'c-inner', span: { offset: 8, length: 2 }, text: 'Inner' }),
  ],
);

const document: ProjectDocument = {
  ...sampleDocument,
  segments: [
    ...sampleDocument.segments,
    segmentWith({ ...proposalTwo, status: 'untranslated' }, [typo, whole]),
    twoSentences,
  ],
};

const options = {
  srcLang: 'zh-Hant',
  convertSource: (text: string) => text,
  termsIn: () => [],
};

function unitOf(xml: string, id: string): XliffUnit | undefined {
  const read = readXliff(xml);
  if (!read.ok) throw new Error(read.problem.code);
  return read.file.units.find((unit) => unit.id === id);
}

describe('comments on the source in XLIFF 2.0', () => {
  const xml = writeXliff2(document, options);

  it('is valid against the OASIS core and Metadata module schemas', async () => {
    expect(await validateXliff(xml, '2.0')).toEqual([]);
  });

  it('marks the span with <mrk type="comment"> pointing to a note of the unit', () => {
    expect(xml).toContain(
      '<source>建議二:加快推進云計算等新基建,筑牢<mrk id="cm1" type="comment" ref="#n=cm1">數字經發展</mrk>的戰略基石</source>',
    );
    expect(xml).toContain(
      '<note id="cm1" appliesTo="source" category="bw:comment">數字經發展: 數字經濟發展? A character seems to be missing.</note>',
    );
    expect(xml).toContain('<mda:meta type="status">resolved</mda:meta>');
  });

  it('uses <sm>/<em> for a span across sentences or overlapping another', () => {
    expect(xml).toContain(
      '<source>第<sm id="cm2" type="comment" ref="#n=cm2"/>一句<sm id="cm1" type="comment" ref="#n=cm1"/>話<em startRef="cm2"/>。</source>',
    );
    expect(xml).toContain(
      '<source>第二<em startRef="cm1"/>句<mrk id="cm3" type="comment" ref="#n=cm3">話。</mrk></source>',
    );
  });

  it('comes back on import with span, author, time, status and replies', () => {
    const unit = unitOf(xml, proposalTwo.id);
    expect(unit?.comments).toEqual(document.segments[3]?.comments);
    expect(unit?.notesText).toBe('');
    expect(unitOf(xml, 's9')?.comments).toEqual(twoSentences.comments);
    // The translator's own note stays a note.
    expect(unitOf(xml, 's1')?.notesText).toBe('Check “term” & co');
  });

  it('is a golden file', async () => {
    await expect(xml).toMatchFileSnapshot('../../../../test/fixtures/golden/comments.xliff2.xlf');
    await expect(writeXliff12(document, options)).toMatchFileSnapshot(
      '../../../../test/fixtures/golden/comments.xliff12.xlf',
    );
  });

  it('keeps the span on the same characters in another script', async () => {
    const simplified = writeXliff2(document, {
      ...options,
      srcLang: 'zh-Hans',
      convertSource: (text) => text.replace(/數/g, '数').replace(/經/g, '经').replace(/戰/g, '战'),
    });
    expect(simplified).toContain('<mrk id="cm1" type="comment" ref="#n=cm1">数字经發展</mrk>');
    expect(await validateXliff(simplified, '2.0')).toEqual([]);
  });

  it('reads a note another tool applies to the source as a comment without a span', () => {
    const foreign = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f1"><unit id="u1"><notes><note appliesTo="source">Typo?</note><note>Keep</note></notes>
    <segment><source>數字經發展</source></segment></unit></file></xliff>`;
    const unit = unitOf(foreign, 'u1');
    expect(unit?.notesText).toBe('Keep');
    expect(unit?.comments).toMatchObject([
      { span: null, quote: '數字經發展', text: 'Typo?', author: '', status: 'open', replies: [] },
    ]);
  });
});

describe('comments on the source in XLIFF 1.2', () => {
  const xml = writeXliff12(document, options);

  it('is valid against the OASIS 1.2 strict schema', async () => {
    expect(await validateXliff(xml, '1.2')).toEqual([]);
  });

  it('writes <note annotates="source" from="author"> with the commented words first', () => {
    expect(xml).toContain(
      '<note annotates="source" from="Lin Wei">「數字經發展」 數字經發展: 數字經濟發展? A character seems to be missing.</note>',
    );
  });

  it('writes each reply as a note of its own, and a resolved comment with priority 10', () => {
    expect(xml).toContain('<note annotates="source" from="Client">↳ Yes: 數字經濟發展.</note>');
    expect(xml).toContain(
      '<note annotates="source" from="" priority="10">Is 云 meant to be 雲 here?</note>',
    );
  });

  it('comes back with span, id, author, time, status and replies', () => {
    const unit = unitOf(xml, proposalTwo.id);
    expect(unit?.comments).toEqual(document.segments[3]?.comments);
    expect(unit?.notesText).toBe('');
    expect(unitOf(xml, 's9')?.comments).toEqual(twoSentences.comments);
    // The ids and times beside the revision leave the revision readable.
    expect(unit?.revision).toBe(5);
  });

  it("reads another tool's source notes as comments without a span", () => {
    const foreign = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="zh" target-language="en" datatype="plaintext"><body>
    <trans-unit id="t1"><source>數字經發展</source><note annotates="source" from="Reviewer">Missing 濟?</note><note>Mine</note></trans-unit>
  </body></file></xliff>`;
    const unit = unitOf(foreign, 't1');
    expect(unit?.notesText).toBe('Mine');
    expect(unit?.comments).toMatchObject([
      { span: null, quote: '數字經發展', text: 'Missing 濟?', author: 'Reviewer' },
    ]);
  });

  it("reads another tool's plain notes as before: each a comment, open, without replies", () => {
    // Another tool's lowest priority is not our "resolved": a query is never hidden by it.
    const foreign = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="zh" target-language="en" datatype="plaintext"><body>
    <trans-unit id="t1" extradata="their-data"><source>數字經發展</source>
      <note annotates="source" from="Reviewer">「數字經」 Missing 濟?</note>
      <note annotates="source" from="Editor" priority="10">Agreed</note>
      <note from="PM">Due Friday</note>
    </trans-unit>
  </body></file></xliff>`;
    const unit = unitOf(foreign, 't1');
    expect(unit?.notesText).toBe('Due Friday');
    expect(unit?.revision).toBeNull();
    expect(unit?.comments).toEqual([
      {
        id: expect.stringMatching(/^x[0-9a-f]{8}$/),
        span: { offset: 0, length: 3 },
        quote: '數字經',
        text: 'Missing 濟?',
        author: 'Reviewer',
        createdAt: 0,
        status: 'open',
        replies: [],
      },
      {
        id: expect.stringMatching(/^x[0-9a-f]{8}$/),
        span: null,
        quote: '數字經發展',
        text: 'Agreed',
        author: 'Editor',
        createdAt: 0,
        status: 'open',
        replies: [],
      },
    ]);
  });

  it("keeps our notes' ids and times when another tool adds a reply and a note of its own", () => {
    const ours = writeXliff12(
      { ...document, segments: [document.segments[3] as Segment] },
      options,
    );
    const reply = '<note annotates="source" from="Client">↳ Yes: 數字經濟發展.</note>';
    // The client answers again in their tool (after the first answer) and adds a query.
    const edited = ours.replace(
      reply,
      `${reply}
        <note annotates="source" from="Client">↳ And 筑牢 is 築牢.</note>
        <note annotates="source" from="PM">Deadline?</note>`,
    );
    expect(edited).not.toBe(ours);
    const [typoBack, added, wholeBack, ...rest] = unitOf(edited, proposalTwo.id)?.comments ?? [];
    expect(rest).toEqual([]);
    expect(typoBack).toEqual({
      ...document.segments[3]?.comments?.[0],
      replies: [
        ...typo.replies,
        {
          id: expect.stringMatching(/^x/),
          author: 'Client',
          createdAt: 0,
          text: 'And 筑牢 is 築牢.',
        },
      ],
    });
    expect(added).toMatchObject({ author: 'PM', text: 'Deadline?', span: null, status: 'open' });
    expect(wholeBack).toEqual(document.segments[3]?.comments?.[1]);
  });
});

describe('open and resolved comments with two replies, round trip', () => {
  const replies = [
    { id: 'r-a', author: 'Client', createdAt: Date.UTC(2026, 10, 28, 8), text: 'Yes, 數字經濟.' },
    {
      id: 'r-b',
      author: 'Lin Wei',
      createdAt: Date.UTC(2026, 10, 28, 9, 15, 30, 250),
      text: 'Thanks: fixed in\nthe English.',
    },
  ];
  const thread = segmentWith({ ...proposalTwo, status: 'untranslated' }, [
    comment({ id: 'c-open', span: { offset: typoAt, length: 5 }, text: 'Typo?', replies }),
    comment({
      id: 'c-resolved',
      span: { offset: 0, length: 3 },
      text: '↳ starts like a reply & <isn’t>',
      status: 'resolved',
      replies,
    }),
    comment({ id: 'c-whole', text: 'Whole sentence', status: 'resolved', replies }),
  ]);
  const threadDocument: ProjectDocument = { ...sampleDocument, segments: [thread] };

  it.each([
    ['2.0', writeXliff2],
    ['1.2', writeXliff12],
  ] as const)('XLIFF %s: valid, and read back exactly', async (version, write) => {
    const xml = write(threadDocument, options);
    expect(await validateXliff(xml, version)).toEqual([]);
    expect(unitOf(xml, proposalTwo.id)?.comments).toEqual(thread.comments);
  });
});
