import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../test/helpers/sampleDocument';
import type { XliffUnit } from '../formats/xliff/readXliff';
import { plainTextToRichText } from '../model/richTextToPlainText';
import type { Segment } from '../model/segment';
import { planXliffMerge, type LocalSegment } from './planXliffMerge';

const [, base] = sampleDocument.segments;
if (!base) throw new Error('sample document has a second segment');
const segment = (id: string, translationText: string, extra: Partial<Segment> = {}): Segment => ({
  ...base,
  id,
  translation: plainTextToRichText(translationText),
  translationText,
  status: translationText ? 'draft' : 'untranslated',
  ...extra,
});
const unit = (id: string, translationText: string, extra: Partial<XliffUnit> = {}): XliffUnit => ({
  id,
  kind: 'paragraph',
  source: base.source,
  sourceCodes: [],
  translation: plainTextToRichText(translationText),
  translationText,
  notesText: '',
  status: translationText ? 'translated' : 'untranslated',
  revision: 100,
  ...extra,
});
const local = (...entries: [Segment, number][]) =>
  new Map<string, LocalSegment>(
    entries.map(([seg, revision], index) => [
      seg.id,
      { segment: seg, revision, number: index + 1 },
    ]),
  );

describe('planning an XLIFF merge', () => {
  it.each([
    [
      'a level set in the reviewed file',
      { type: 'heading2' },
      { type: 'heading2', kind: 'heading' },
    ],
    ['a quote', { type: 'quote' }, { type: 'quote', kind: 'paragraph' }],
    ['the type it already has', { type: 'paragraph' }, undefined],
    ['no type (another tool)', {}, undefined],
  ] as const)('takes %s as the segment type', (_, extra, expected) => {
    const plan = planXliffMerge(local([segment('a', 'same', { status: 'translated' }), 100]), [
      unit('a', 'same', extra),
    ]);
    expect(plan.updates.get('a')).toEqual(expected);
  });

  it('takes the file where the segment is empty here or unchanged since the export', () => {
    const plan = planXliffMerge(
      local([segment('a', ''), 1], [segment('b', 'old', { status: 'translated' }), 100]),
      [unit('a', 'New A'), unit('b', 'New B', { status: 'reviewed' })],
    );
    expect([...plan.updates.keys()]).toEqual(['a', 'b']);
    expect(plan.updates.get('b')).toMatchObject({ translationText: 'New B', status: 'reviewed' });
    expect(plan.conflicts).toEqual([]);
  });

  it('asks where the segment changed here since the export, or the file is not ours', () => {
    const plan = planXliffMerge(local([segment('a', 'mine'), 101], [segment('b', 'mine too'), 5]), [
      unit('a', 'theirs'),
      unit('b', 'theirs too', { revision: null }),
    ]);
    expect(plan.updates.size).toBe(0);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        id: 'a',
        number: 1,
        mine: expect.objectContaining({ translationText: 'mine' }),
      }),
      expect.objectContaining({
        id: 'b',
        number: 2,
        theirs: expect.objectContaining({ translationText: 'theirs too' }),
      }),
    ]);
  });

  it('reports unchanged and unknown units, and never clears a translation for an empty target', () => {
    const plan = planXliffMerge(
      local([segment('a', 'same', { status: 'translated' }), 1], [segment('b', 'kept'), 1]),
      [unit('a', 'same'), unit('b', ''), unit('zzz', 'stray')],
    );
    expect(plan.unchanged).toEqual(['a', 'b']);
    expect(plan.unknown).toEqual(['zzz']);
    expect(plan.updates.size).toBe(0);
  });

  it('sees a change of formatting or notes as a change', () => {
    const bold = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [{ type: 'text' as const, text: 'same', marks: [{ type: 'bold' as const }] }],
        },
      ],
    };
    const plan = planXliffMerge(local([segment('a', 'same', { status: 'translated' }), 100]), [
      unit('a', 'same', { translation: bold, notesText: 'check' }),
    ]);
    expect(plan.updates.get('a')).toMatchObject({ translation: bold, notesText: 'check' });
  });

  it('asks about a unit whose formatting was flattened elsewhere, though the revision is ours', () => {
    const formatted = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [
            { type: 'text' as const, text: 'The ' },
            {
              type: 'text' as const,
              text: 'industrial internet',
              marks: [{ type: 'italic' as const }],
            },
          ],
        },
        { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'grows.' }] },
      ],
    };
    const cases: [string, XliffUnit, 'update' | 'conflict'][] = [
      ['italics dropped', unit('a', 'The industrial internet\ngrows.'), 'conflict'],
      [
        'line break dropped',
        unit('a', 'The industrial internet grows.', {
          translation: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'The ' },
                  { type: 'text', text: 'industrial internet', marks: [{ type: 'italic' }] },
                  { type: 'text', text: ' grows.' },
                ],
              },
            ],
          },
        }),
        'conflict',
      ],
      [
        'formatting kept, words changed',
        unit('a', '', {
          translation: {
            ...formatted,
            content: [
              formatted.content[0] ?? { type: 'paragraph' },
              { type: 'paragraph', content: [{ type: 'text', text: 'expands.' }] },
            ],
          },
          translationText: 'The industrial internet\nexpands.',
        }),
        'update',
      ],
    ];
    for (const [name, theirs, expected] of cases) {
      const plan = planXliffMerge(
        local([
          segment('a', 'The industrial internet\ngrows.', {
            translation: formatted,
            status: 'translated',
          }),
          100,
        ]),
        [theirs],
      );
      expect([
        name,
        plan.updates.has('a') ? 'update' : plan.conflicts.length ? 'conflict' : 'none',
      ]).toEqual([name, expected]);
    }
  });
});
