import type { RichTextDoc, RichTextInline } from '../model/richText';
import type { FindableSegment, ReplaceEdit, SegmentTextPatch } from './findInSegments';

/** What undoing a replacement writes, and the segments it leaves alone. */
export interface UndoPlan {
  /** Per segment, the fields the replacement changed, as they were before it. */
  patches: Map<string, SegmentTextPatch>;
  /** Segments edited since the replacement (or gone): they keep what they have now. */
  kept: string[];
}

/**
 * Undoing a replacement restores, in each segment it changed, exactly what it changed (the
 * English or notes with their bold and italic, and the status a changed English lost) — unless
 * the translator changed one of those since, in which case the newer text stays: no edit is ever
 * lost to an undo. Fields the replacement did not touch are never written.
 */
export function planReplaceUndo(
  edits: readonly ReplaceEdit[],
  current: (segmentId: string) => FindableSegment | undefined,
): UndoPlan {
  const patches = new Map<string, SegmentTextPatch>();
  const kept: string[] = [];
  for (const { segmentId, before, after } of edits) {
    const segment = current(segmentId);
    if (!segment || editedSince(after, segment)) {
      kept.push(segmentId);
      continue;
    }
    const patch: SegmentTextPatch = {};
    if (after.translation) {
      patch.translation = before.translation;
      patch.translationText = before.translationText;
    }
    if (after.notes) {
      patch.notes = before.notes;
      patch.notesText = before.notesText;
    }
    if (after.status !== undefined) patch.status = before.status;
    patches.set(segmentId, patch);
  }
  return { patches, kept };
}

function editedSince(after: SegmentTextPatch, segment: FindableSegment): boolean {
  if (after.translation && !sameRichText(after.translation, segment.translation)) return true;
  if (after.notes && !sameRichText(after.notes, segment.notes)) return true;
  return after.status !== undefined && after.status !== segment.status;
}

/**
 * The same text with the same formatting, however it is split into nodes: an editor merges
 * neighbouring text of the same marks that a replacement may have left as separate nodes, and
 * may list marks in another order. A bold added or removed is a difference.
 */
export function sameRichText(a: RichTextDoc, b: RichTextDoc): boolean {
  return signatureOf(a) === signatureOf(b);
}

function signatureOf(doc: RichTextDoc): string {
  return JSON.stringify(
    doc.content.map((paragraph) => {
      const pieces: unknown[] = [];
      let last: { text: string; marks: string } | null = null;
      for (const inline of paragraph.content ?? []) {
        if (inline.type === 'text') {
          const marks = (inline.marks ?? [])
            .map((mark) => mark.type)
            .sort()
            .join('+');
          if (last && last.marks === marks) {
            last.text += inline.text;
            continue;
          }
          last = { text: inline.text, marks };
          pieces.push(last);
          continue;
        }
        last = null;
        pieces.push(stable(inline));
      }
      return pieces;
    }),
  );
}

/** Any other inline (a break, an inline code, a footnote) compared by value, keys in order. */
function stable(value: RichTextInline | unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
  );
}
