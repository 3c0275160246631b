import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextText } from '../model/richText';
import { richTextToPlainText } from '../model/richTextToPlainText';
import type { SegmentStatus } from '../model/segment';
import {
  compileQuery,
  planReplace,
  type FindableSegment,
  type ReplaceEdit,
} from './findInSegments';
import { defaultFindOptions } from './findPattern';
import { planReplaceUndo, sameRichText } from './replaceUndo';

const text = (value: string, ...marks: Array<'bold' | 'italic'>): RichTextText =>
  marks.length
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };
const doc = (...inlines: RichTextText[]): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: inlines }],
});

function segment(id: string, translation: RichTextDoc, status: SegmentStatus, notes = doc()) {
  return {
    id,
    source: '產業互聯網',
    translation,
    translationText: richTextToPlainText(translation),
    notes,
    notesText: richTextToPlainText(notes),
    status,
  } satisfies FindableSegment;
}

/** "Internet" → "internet" (match case) in the English, as the Replace all button does. */
function replaceInternet(segments: FindableSegment[]): ReplaceEdit[] {
  const query = compileQuery(
    {
      text: 'Internet',
      options: { ...defaultFindOptions, matchCase: true },
      fields: new Set(['translation'] as const),
    },
    null,
  );
  if (!query.ok) throw new Error(query.reason);
  return segments.flatMap((one) => planReplace(one, query.find, 'internet') ?? []);
}

function replaceOne(one: FindableSegment): { edit: ReplaceEdit; now: FindableSegment } {
  const [edit] = replaceInternet([one]);
  if (!edit) throw new Error(`nothing replaced in ${one.id}`);
  return { edit, now: { ...one, ...edit.after } };
}

describe('undoing a replace all', () => {
  const bold = segment(
    'bold',
    doc(text('The '), text('Industrial Internet', 'bold'), text(' grows.')),
    'translated',
  );
  const italic = segment(
    'italic',
    doc(text('An '), text('Internet', 'italic'), text(' plan')),
    'draft',
  );
  const plain = segment('plain', doc(text('Internet, consumer Internet')), 'reviewed');

  it('restores the English with its bold and italic, and the status the edit took away', () => {
    const replaced = [bold, italic, plain].map(replaceOne);
    const edits = replaced.map(({ edit }) => edit);
    const now = new Map(replaced.map(({ now }) => [now.id, now]));
    expect(now.get('bold')?.translationText).toBe('The Industrial internet grows.');
    expect(now.get('bold')?.status).toBe('draft');

    const { patches, kept } = planReplaceUndo(edits, (id) => now.get(id));
    expect(kept).toEqual([]);
    expect(patches.get('bold')).toEqual({
      translation: bold.translation,
      translationText: 'The Industrial Internet grows.',
      status: 'translated',
    });
    // A draft stayed a draft: the status is not written back.
    expect(patches.get('italic')).toEqual({
      translation: italic.translation,
      translationText: 'An Internet plan',
    });
    expect(patches.get('plain')?.status).toBe('reviewed');
  });

  it.each([
    ['the English retyped', { translation: doc(text('The industrial internet grows fast.')) }],
    [
      'bold removed, the text the same',
      { translation: doc(text('The Industrial internet grows.')) },
    ],
    ['confirmed since', { status: 'translated' as const }],
  ])('leaves a segment edited since alone: %s', (_, change) => {
    const { edit, now } = replaceOne(bold);
    const edited = { ...now, ...change };
    const { patches, kept } = planReplaceUndo([edit], () => edited);
    expect(patches.size).toBe(0);
    expect(kept).toEqual(['bold']);
  });

  it('undoes a segment whose notes were edited since, and leaves the notes as they are now', () => {
    const { edit, now } = replaceOne(italic);
    const edited = { ...now, notes: doc(text('check with the client')) };
    const { patches } = planReplaceUndo([edit], () => edited);
    expect(patches.get('italic')).not.toHaveProperty('notes');
    expect(patches.get('italic')?.translationText).toBe('An Internet plan');
  });

  it('counts a segment that is gone as kept, and writes nothing for it', () => {
    const edits = replaceInternet([plain]);
    expect(planReplaceUndo(edits, () => undefined)).toEqual({
      patches: new Map(),
      kept: ['plain'],
    });
  });
});

describe('the same rich text', () => {
  it.each([
    [
      'split into nodes as a replacement leaves it',
      doc(text('The '), text('internet'), text(' matters')),
      doc(text('The internet matters')),
      true,
    ],
    [
      'marks listed in another order',
      doc(text('Internet', 'bold', 'italic')),
      doc(text('Internet', 'italic', 'bold')),
      true,
    ],
    [
      'bold on one word only in one',
      doc(text('The '), text('internet', 'bold')),
      doc(text('The internet')),
      false,
    ],
    ['different text', doc(text('The internet')), doc(text('The Internet')), false],
  ])('%s', (_, a, b, same) => {
    expect(sameRichText(a, b)).toBe(same);
  });
});
