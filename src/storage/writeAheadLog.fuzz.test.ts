import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, mutatedText, timed } from '../../test/fuzz/mutate';
import { richTextToPlainText, plainTextToRichText } from '../domain/model/richTextToPlainText';
import { segmentStatuses } from '../domain/model/segment';
import { parseLog } from './writeAheadLog';

const patchFields = ['translation', 'translationText', 'notes', 'notesText', 'status'];

/**
 * What replay may apply to a stored segment: only the five fields an edit changes, each of its
 * type, plain text matching its rich text, a finite time; and every entry found is either
 * applied or kept apart, none dropped.
 */
function expectSafe(raw: string): void {
  const { valid, invalid } = timed(() => parseLog(raw));
  const problems: string[] = [];
  for (const [id, { patch, at }] of valid) {
    if (!Number.isFinite(at)) problems.push(`${id}: at`);
    for (const key of Object.keys(patch))
      if (!patchFields.includes(key)) problems.push(`${id}: ${key}`);
    if (patch.status !== undefined && !segmentStatuses.includes(patch.status))
      problems.push(`${id}: status`);
    if (patch.translation && patch.translationText !== richTextToPlainText(patch.translation))
      problems.push(`${id}: translationText`);
    if (patch.notes && patch.notesText !== richTextToPlainText(patch.notes))
      problems.push(`${id}: notesText`);
    if (patch.translationText !== undefined && typeof patch.translationText !== 'string')
      problems.push(`${id}: translationText type`);
  }
  expect(problems).toEqual([]);
  // An empty value is no log: nothing to apply or keep.
  if (raw === '') {
    expect(invalid).toEqual([]);
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    expect(invalid).toEqual([{ segmentId: null, entry: raw, reason: 'notJson' }]);
    return;
  }
  const found =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? Object.keys(data).length
      : 1;
  expect(valid.length + invalid.length).toBe(found);
}

const at = 1_764_000_000_000;
const validLog = JSON.stringify({
  s2: {
    v: 1,
    patch: {
      translation: plainTextToRichText('First.'),
      translationText: 'First.',
      status: 'draft',
    },
    at,
  },
  s3: { patch: { notes: plainTextToRichText('A note'), notesText: 'A note' }, at },
});

/** An entry-shaped value with any JSON in any of its places. */
const entryLike = fc.record(
  {
    v: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
    patch: fc.oneof(
      fc.record(
        {
          translation: fc.oneof(
            fc.constant(plainTextToRichText('x')),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          translationText: fc.jsonValue({ maxDepth: 1 }),
          notes: fc.jsonValue({ maxDepth: 3 }),
          notesText: fc.jsonValue({ maxDepth: 1 }),
          status: fc.oneof(fc.constantFrom(...segmentStatuses), fc.jsonValue({ maxDepth: 1 })),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    at: fc.oneof(fc.double(), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: [] },
);

describe('the write-ahead-log reader under fuzzing', () => {
  it('applies only safe entries and keeps every other one, from any string or JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 })), (raw) =>
        expectSafe(raw),
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('applies only safe entries from entry-shaped values with anything in any field', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), entryLike, { maxKeys: 4 }), (log) =>
        expectSafe(JSON.stringify(log)),
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('applies only safe entries from any textual mutation of a valid log', () => {
    expect(parseLog(validLog).valid).toHaveLength(2);
    fc.assert(
      fc.property(mutatedText(validLog), (raw) => expectSafe(raw)),
      { numRuns: fuzzRuns },
    );
  });
});
