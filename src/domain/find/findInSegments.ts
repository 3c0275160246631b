import type { CharFold } from '../glossary/charFold';
import type { RichTextDoc } from '../model/richText';
import { richTextToPlainText } from '../model/richTextToPlainText';
import type { SegmentStatus } from '../model/segment';
import { statusAfterEdit } from '../model/statusAfterEdit';
import { compileFind, type FindOptions, type FindPattern, type TextMatch } from './findPattern';
import { expandReplacement, replaceInRichText } from './replaceInRichText';

/** Where Find looks: the English, the notes, the source (find only). */
export type FindField = 'translation' | 'notes' | 'source';
export const findFields: readonly FindField[] = ['translation', 'notes', 'source'];

/** What find and replace read of a segment (a stored Segment has all of it). */
export interface FindableSegment {
  readonly id: string;
  readonly source: string;
  readonly translation: RichTextDoc;
  readonly translationText: string;
  readonly notes: RichTextDoc;
  readonly notesText: string;
  readonly status: SegmentStatus;
}

export interface FindHit {
  segmentId: string;
  field: FindField;
  start: number;
  end: number;
}

export interface FindQuery {
  text: string;
  options: FindOptions;
  fields: ReadonlySet<FindField>;
}

/** The compiled query: the English and notes as typed, the source folded (script-insensitive). */
export interface CompiledFind {
  plain: FindPattern & { ok: true };
  source: FindPattern & { ok: true };
  fields: ReadonlySet<FindField>;
  regularExpression: boolean;
}

export type CompileResult =
  | { ok: true; find: CompiledFind }
  | { ok: false; reason: 'empty' }
  | Extract<FindPattern, { reason: 'invalidRegularExpression' }>;

/** `fold` is the glossary's character fold; without it (not loaded yet) the source is searched as is. */
export function compileQuery(query: FindQuery, fold: CharFold | null): CompileResult {
  const plain = compileFind(query.text, query.options);
  if (!plain.ok) return plain;
  const source = fold ? compileFind(query.text, query.options, fold) : plain;
  if (!source.ok) return source;
  return {
    ok: true,
    find: {
      plain,
      source,
      fields: query.fields,
      regularExpression: query.options.regularExpression,
    },
  };
}

export function textOf(segment: FindableSegment, field: FindField): string {
  if (field === 'translation') return segment.translationText;
  if (field === 'notes') return segment.notesText;
  return segment.source;
}

/** Every hit in one segment, field by field in the order English, notes, source. */
export function findInSegment(segment: FindableSegment, find: CompiledFind): FindHit[] {
  const hits: FindHit[] = [];
  for (const field of findFields) {
    if (!find.fields.has(field)) continue;
    const pattern = field === 'source' ? find.source : find.plain;
    for (const match of pattern.find(textOf(segment, field)))
      hits.push({ segmentId: segment.id, field, start: match.start, end: match.end });
  }
  return hits;
}

/** The fields of a segment a replacement writes (the same names as a store's patch). */
export interface SegmentTextPatch {
  translation?: RichTextDoc;
  translationText?: string;
  notes?: RichTextDoc;
  notesText?: string;
  status?: SegmentStatus;
}

export interface ReplaceEdit {
  segmentId: string;
  /** The segment's fields as they were: what an undo writes back. */
  before: Required<SegmentTextPatch>;
  after: SegmentTextPatch;
  replaced: number;
}

/**
 * The edits a replacement makes in one segment: in the English and notes searched (never the
 * source), all matches or, with `only`, the one starting at that offset in that field. A
 * "Do not translate" segment is never changed. A changed English takes the status the store
 * gives any edit (statusAfterEdit: a Translated or Reviewed segment becomes a Draft again, so a
 * replaced text is confirmed by a person); notes leave the status alone.
 */
export function planReplace(
  segment: FindableSegment,
  find: CompiledFind,
  replacement: string,
  only?: { field: FindField; start: number },
): ReplaceEdit | null {
  if (segment.status === 'do-not-translate') return null;
  const after: SegmentTextPatch = {};
  let replaced = 0;
  for (const field of ['translation', 'notes'] as const) {
    if (!find.fields.has(field) || (only && only.field !== field)) continue;
    // Offsets must be those of the doc being rewritten, so its own plain text is searched.
    const text = richTextToPlainText(segment[field]);
    let matches = find.plain.find(text);
    if (only) matches = matches.filter((match) => match.start === only.start);
    if (matches.length === 0) continue;
    const replacementOf = (match: TextMatch) =>
      find.regularExpression
        ? expandReplacement(replacement, match, text.slice(match.start, match.end))
        : replacement;
    const doc = replaceInRichText(segment[field], matches, replacementOf);
    const plain = richTextToPlainText(doc);
    if (plain === text && JSON.stringify(doc) === JSON.stringify(segment[field])) continue;
    replaced += matches.length;
    if (field === 'translation') {
      after.translation = doc;
      after.translationText = plain;
      const status = statusAfterEdit(segment.status, plain);
      if (status !== segment.status) after.status = status;
    } else {
      after.notes = doc;
      after.notesText = plain;
    }
  }
  if (replaced === 0) return null;
  const { translation, translationText, notes, notesText, status } = segment;
  return {
    segmentId: segment.id,
    before: { translation, translationText, notes, notesText, status },
    after,
    replaced,
  };
}
