import type { RichTextDoc } from '../model/richText';
import { plainTextToRichText } from '../model/richTextToPlainText';
import type { Segment } from '../model/segment';
import { segmentTypeOf, segmentTypePatch } from '../model/segmentType';
import type { XliffUnit } from '../formats/xliff/readXliff';
import { commentsFitting } from '../comments/restoreComments';
import { mergeComments } from '../comments/sourceComment';

/** What an imported unit would change in a segment. */
export type MergePatch = Partial<
  Pick<
    Segment,
    | 'translation'
    | 'translationText'
    | 'notes'
    | 'notesText'
    | 'status'
    | 'comments'
    | 'type'
    | 'kind'
  >
>;

export interface MergeConflict {
  id: string;
  /** 1-based position in the project, as the rows show it. */
  number: number;
  mine: Pick<Segment, 'translationText' | 'notesText' | 'status'>;
  theirs: MergePatch;
}

export interface MergePlan {
  /** Segments the file changes where nothing here was changed since the export. */
  updates: Map<string, MergePatch>;
  /** Segments changed both here (since the export) and in the file: the translator chooses. */
  conflicts: MergeConflict[];
  unchanged: string[];
  /** Unit ids in the file that no segment of the project has. */
  unknown: string[];
}

export interface LocalSegment {
  segment: Segment;
  /** The revision the segment has in storage now (what an export writes). */
  revision: number;
  number: number;
}

/**
 * Decides, unit by unit, what merging a file into a project does. The rule that keeps work safe:
 * a file only replaces a segment that was empty here or is still exactly as it was exported;
 * anything else that differs is a conflict for the translator, never an overwrite.
 */
export function planXliffMerge(
  local: ReadonlyMap<string, LocalSegment>,
  units: readonly XliffUnit[],
): MergePlan {
  const plan: MergePlan = { updates: new Map(), conflicts: [], unchanged: [], unknown: [] };
  for (const unit of units) {
    const here = local.get(unit.id);
    if (!here) {
      plan.unknown.push(unit.id);
      continue;
    }
    const { segment } = here;
    const theirs = patchFrom(unit, segment);
    // Comments only add (see mergeComments): they are never a conflict and never overwrite.
    const comments = mergeComments(segment.comments ?? [], commentsOf(unit, segment));
    if (Object.keys(theirs).length === 0) {
      if (comments) plan.updates.set(unit.id, { comments });
      else plan.unchanged.push(unit.id);
      continue;
    }
    if (comments) {
      theirs.comments = comments;
      plan.updates.set(unit.id, { comments });
    }
    const emptyHere = !segment.translationText.trim() && !segment.notesText.trim();
    const untouchedSinceExport = unit.revision !== null && unit.revision === here.revision;
    // A tool that rewrites every unit (translate-toolkit flattens formatting) keeps our revision
    // marker: a translation that lost formatting it has here is for the translator to look at.
    const flattened =
      theirs.translation !== undefined && losesFormatting(segment.translation, theirs.translation);
    if (emptyHere || (untouchedSinceExport && !flattened)) plan.updates.set(unit.id, theirs);
    else
      plan.conflicts.push({
        id: unit.id,
        number: here.number,
        mine: {
          translationText: segment.translationText,
          notesText: segment.notesText,
          status: segment.status,
        },
        theirs,
      });
  }
  return plan;
}

/**
 * The fields where the unit differs from the segment. A unit with no target says nothing about
 * the translation (another tool left it empty), so it never clears one written here.
 */
function patchFrom(unit: XliffUnit, segment: Segment): MergePatch {
  const patch: MergePatch = {};
  const hasTarget = unit.translationText.trim() !== '';
  if (hasTarget && !sameRichText(unit.translation, segment.translation)) {
    patch.translation = unit.translation;
    patch.translationText = unit.translationText;
  }
  const statusSaysSomething = hasTarget || unit.status === 'do-not-translate';
  if (statusSaysSomething && unit.status !== segment.status) patch.status = unit.status;
  if (unit.notesText.trim() && unit.notesText !== segment.notesText) {
    patch.notes = plainTextToRichText(unit.notesText);
    patch.notesText = unit.notesText;
  }
  Object.assign(patch, typePatchFrom(unit, segment));
  return patch;
}

/** A segment type the file names (ours: bw:heading2…) and the segment does not have. */
function typePatchFrom(unit: XliffUnit, segment: Segment): MergePatch {
  return unit.type && unit.type !== segmentTypeOf(segment) ? segmentTypePatch(unit.type) : {};
}

/** Whether `theirs` has fewer bold, italic or line-broken characters than `mine`. */
export function losesFormatting(mine: RichTextDoc, theirs: RichTextDoc): boolean {
  const count = (doc: RichTextDoc) => {
    const lines = formattedLines(doc);
    const counts = new Map<string, number>([['lines', lines.length]]);
    for (const line of lines)
      for (const cell of line) {
        const marks = cell.slice(0, cell.indexOf(':'));
        for (const mark of marks ? marks.split('+') : [])
          counts.set(mark, (counts.get(mark) ?? 0) + 1);
      }
    return counts;
  };
  const before = count(mine);
  const after = count(theirs);
  return [...before].some(([key, value]) => (after.get(key) ?? 0) < value);
}

/** Same text and formatting, however the runs and line breaks happen to be split. */
function sameRichText(a: RichTextDoc, b: RichTextDoc): boolean {
  return JSON.stringify(formattedLines(a)) === JSON.stringify(formattedLines(b));
}

function formattedLines(doc: RichTextDoc): string[][] {
  const lines: string[][] = [];
  for (const paragraph of doc.content) {
    let line: string[] = [];
    lines.push(line);
    for (const inline of paragraph.content ?? []) {
      if (inline.type === 'hardBreak') {
        line = [];
        lines.push(line);
        continue;
      }
      if (inline.type === 'inlineCode') {
        line.push(`code:${inline.attrs.kind}:${inline.attrs.id}`);
        continue;
      }
      if (inline.type === 'footnote') {
        line.push(`footnote:${JSON.stringify(inline.attrs.note)}`);
        continue;
      }
      const marks = (inline.marks ?? [])
        .map((mark) => mark.type)
        .sort()
        .join('+');
      for (const char of inline.text) line.push(`${marks}:${char}`);
    }
  }
  return lines;
}

/** The unit's comments on the segment's own source: spans that fit, quotes in its script. */
function commentsOf(unit: XliffUnit, segment: Segment): NonNullable<Segment['comments']> {
  return commentsFitting(unit.comments ?? [], segment.source).map((comment) =>
    comment.span
      ? {
          ...comment,
          quote: segment.source.slice(
            comment.span.offset,
            comment.span.offset + comment.span.length,
          ),
        }
      : { ...comment, quote: segment.source },
  );
}
