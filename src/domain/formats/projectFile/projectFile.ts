import { isPartOfSpeech, isTermStatus, type GlossaryEntry } from '../../glossary/glossaryEntry';
import type {
  RichTextDoc,
  RichTextInline,
  RichTextMark,
  RichTextParagraph,
} from '../../model/richText';
import { richTextToPlainText } from '../../model/richTextToPlainText';
import type { OriginalFile } from '../../model/project';
import {
  segmentStatuses,
  type Reading,
  type SegmentOrigin,
  type Segment,
  type SegmentStatus,
} from '../../model/segment';
import { splitSentences } from '../../import/splitSentences';
import type { ProjectDocument } from '../../project/projectDocument';
import type { Project } from '../../model/project';
import { restoreFootnote } from './restoreFootnote';
import type { SegmentFill } from '../../model/segmentFill';
import { restoreComments } from '../../comments/restoreComments';
import { restoreProjectDetails, restoreSegmentTypeFields } from './restoreStructure';
import { restoreInlineCode, restoreSourceCodes } from './restoreInlineCodes';

export const projectFileFormat = 'bilingual-workspace-project';
export const projectFileVersion = 1;
const maxCharacters = 100 * 1024 * 1024;

export type ProjectFileProblem =
  | { code: 'notJson'; detail: string }
  | { code: 'notProjectFile' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalid'; path: string }
  | { code: 'tooLarge' };

export type ProjectFileRead =
  { ok: true; document: ProjectDocument } | { ok: false; problem: ProjectFileProblem };

/** The whole project as one versioned JSON file: the backup format and the way between browsers. */
export function writeProjectFile(document: ProjectDocument): string {
  return `${JSON.stringify(
    { format: projectFileFormat, version: projectFileVersion, ...document },
    null,
    1,
  )}\n`;
}

/** A field that failed validation, named by its path; the restore functions throw it. */
export class Invalid extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

const fail = (path: string): never => {
  throw new Invalid(path);
};

/**
 * Reads a project file through one validating restore step: every field is checked and
 * normalised (plain text is recomputed from rich text), anything unexpected rejects the whole
 * file with the path of the first bad field.
 */
export function readProjectFile(text: string): ProjectFileRead {
  if (text.length > maxCharacters) return { ok: false, problem: { code: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'notJson', detail: error instanceof Error ? error.message : '' },
    };
  }
  if (!isRecord(data) || data.format !== projectFileFormat) {
    return { ok: false, problem: { code: 'notProjectFile' } };
  }
  // Only a real version number can be "newer"; anything else is a damaged file, not a NaN version.
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { ok: false, problem: { code: 'invalid', path: 'version' } };
  }
  if (data.version > projectFileVersion) {
    return { ok: false, problem: { code: 'newerVersion', version: data.version } };
  }
  try {
    return { ok: true, document: restoreDocument(data) };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, problem: { code: 'invalid', path: error.path } };
    throw error;
  }
}

function restoreDocument(data: Record<string, unknown>): ProjectDocument {
  const project = restoreProject(data.project, 'project');
  const fileCount = project.originalFiles?.length ?? 0;
  const segments = array(data.segments, 'segments').map((value, index) =>
    restoreSegment(value, `segments[${index}]`, project.id, fileCount),
  );
  const ids = new Set(segments.map((segment) => segment.id));
  if (ids.size !== segments.length) throw new Invalid('segments (duplicate id)');
  return {
    project: { ...project, segmentCount: segments.length },
    segments,
    glossary: array(data.glossary ?? [], 'glossary').map((value, index) =>
      restoreEntry(value, `glossary[${index}]`, project.id),
    ),
  };
}

/**
 * A project's own fields, as a file or the database holds them (a deletion mark is the
 * database's business, not the file's). `segmentCount` is taken as written; a file's is
 * recomputed from its segments by the caller.
 */
export function restoreProject(value: unknown, path: string): Project {
  const project = record(value, path);
  // Checked in the order the fields are written, so the first bad one is the one named.
  const id = string(project.id, `${path}.id`);
  const name = string(project.name, `${path}.name`);
  const sourceLang = string(project.sourceLang, `${path}.sourceLang`);
  const targetLang = string(project.targetLang, `${path}.targetLang`);
  const segmentCount = number(project.segmentCount ?? 0, `${path}.segmentCount`);
  const cleaning = record(project.cleaning, `${path}.cleaning`);
  return {
    id,
    name,
    sourceLang,
    targetLang,
    segmentCount,
    cleaning: {
      readingsRemoved: number(cleaning.readingsRemoved, `${path}.cleaning.readingsRemoved`),
      segmentsChanged: number(cleaning.segmentsChanged, `${path}.cleaning.segmentsChanged`),
    },
    createdAt: number(project.createdAt, `${path}.createdAt`),
    updatedAt: number(project.updatedAt, `${path}.updatedAt`),
    ...restoreProjectDetails(project.details, `${path}.details`),
    // Added after version 1 shipped and optional, so older files and rows read as before.
    ...(project.originalFiles === undefined
      ? {}
      : {
          originalFiles: array(project.originalFiles, `${path}.originalFiles`).map((file, index) =>
            restoreOriginalFile(file, `${path}.originalFiles[${index}]`),
          ),
        }),
  };
}

function restoreOriginalFile(value: unknown, path: string): OriginalFile {
  const file = record(value, path);
  return {
    id: string(file.id, `${path}.id`),
    original: string(file.original, `${path}.original`),
    datatype: string(file.datatype, `${path}.datatype`),
  };
}

/** Where an imported segment came from; it must point at one of the project's files. */
export function restoreOrigin(value: unknown, path: string, fileCount: number): SegmentOrigin {
  const origin = record(value, path);
  const file = number(origin.file, `${path}.file`);
  if (!Number.isInteger(file) || file < 0 || file >= fileCount) throw new Invalid(`${path}.file`);
  return { file, unitId: string(origin.unitId, `${path}.unitId`) };
}

/**
 * One segment. `fileCount` bounds the original-file index of a segment imported from another
 * tool; a row read back alone, without its project, checks only that the index is one.
 */
export function restoreSegment(
  value: unknown,
  path: string,
  projectId: string,
  fileCount = Number.POSITIVE_INFINITY,
): Segment {
  const segment = record(value, path);
  const source = string(segment.source, `${path}.source`);
  const translation = restoreRichText(segment.translation, `${path}.translation`);
  const notes = restoreRichText(segment.notes, `${path}.notes`);
  const status = restoreSegmentStatus(segment.status, `${path}.status`);
  return {
    projectId,
    id: string(segment.id, `${path}.id`),
    order: number(segment.order, `${path}.order`),
    ...restoreSegmentTypeFields(segment, path),
    source,
    readings: array(segment.readings ?? [], `${path}.readings`).map((reading, index) =>
      restoreReading(reading, `${path}.readings[${index}]`, source.length),
    ),
    sentenceEnds: sentenceEndsOf(
      source,
      array(segment.sentenceEnds ?? [source.length], `${path}.sentenceEnds`).map((end, index) =>
        number(end, `${path}.sentenceEnds[${index}]`),
      ),
    ),
    translation,
    translationText: richTextToPlainText(translation),
    notes,
    notesText: richTextToPlainText(notes),
    status,
    updatedAt: number(segment.updatedAt, `${path}.updatedAt`),
    ...(segment.origin === undefined
      ? {}
      : { origin: restoreOrigin(segment.origin, `${path}.origin`, fileCount) }),
    ...(segment.sourceCodes === undefined
      ? {}
      : {
          sourceCodes: restoreSourceCodes(
            segment.sourceCodes,
            `${path}.sourceCodes`,
            source.length,
            fail,
          ),
        }),
    ...(segment.fill === undefined || segment.fill === null
      ? {}
      : { fill: restoreFill(segment.fill, `${path}.fill`) }),
    ...(segment.comments === undefined
      ? {}
      : { comments: restoreComments(segment.comments, `${path}.comments`, source) }),
  };
}

/** Where English nobody typed came from (a memory match, a propagated repetition). */
function restoreFill(value: unknown, path: string): SegmentFill {
  const fill = record(value, path);
  if (fill.kind === 'memory') {
    return {
      kind: 'memory',
      origin: string(fill.origin, `${path}.origin`),
      score: number(fill.score, `${path}.score`),
    };
  }
  if (fill.kind === 'propagated') {
    return {
      kind: 'propagated',
      fromSegmentId: string(fill.fromSegmentId, `${path}.fromSegmentId`),
      fromNumber: number(fill.fromNumber, `${path}.fromNumber`),
    };
  }
  throw new Invalid(`${path}.kind`);
}

/**
 * Boundaries that do not fit the source (edited by hand, or from a damaged file) are recomputed
 * rather than rejected: they are derived data, and the editor indexes the source with them.
 */
function sentenceEndsOf(source: string, ends: number[]): number[] {
  const fits =
    ends.at(-1) === source.length &&
    ends.every(
      (end, index) => Number.isInteger(end) && end > (index === 0 ? 0 : (ends[index - 1] ?? 0)),
    );
  return fits || (source === '' && ends.length === 0) ? ends : splitSentences(source);
}

function restoreReading(value: unknown, path: string, sourceLength: number): Reading {
  const reading = record(value, path);
  const offset = number(reading.offset, `${path}.offset`);
  const length = number(reading.length, `${path}.length`);
  if (offset < 0 || length < 1 || offset + length > sourceLength) throw new Invalid(path);
  return { offset, length, reading: string(reading.reading, `${path}.reading`) };
}

export function restoreEntry(value: unknown, path: string, projectId: string): GlossaryEntry {
  const entry = record(value, path);
  const note = restoreRichText(entry.note, `${path}.note`);
  if (!isTermStatus(entry.status)) throw new Invalid(`${path}.status`);
  return {
    id: string(entry.id, `${path}.id`),
    projectId,
    source: string(entry.source, `${path}.source`),
    targets: array(entry.targets, `${path}.targets`).map((target, index) =>
      string(target, `${path}.targets[${index}]`),
    ),
    status: entry.status,
    partOfSpeech: isPartOfSpeech(entry.partOfSpeech) ? entry.partOfSpeech : null,
    note,
    noteText: richTextToPlainText(note),
    createdAt: number(entry.createdAt, `${path}.createdAt`),
    updatedAt: number(entry.updatedAt, `${path}.updatedAt`),
  };
}

export function restoreSegmentStatus(value: unknown, path: string): SegmentStatus {
  if (typeof value !== 'string' || !(segmentStatuses as readonly string[]).includes(value)) {
    throw new Invalid(path);
  }
  return value as SegmentStatus;
}

/** Rebuilds rich text from what the file says, keeping only what the editor's schema allows. */
export function restoreRichText(value: unknown, path: string): RichTextDoc {
  const doc = record(value, path);
  if (doc.type !== 'doc') throw new Invalid(`${path}.type`);
  const paragraphs = array(doc.content ?? [], `${path}.content`).map(
    (block, index): RichTextParagraph => {
      const paragraph = record(block, `${path}.content[${index}]`);
      const content = array(paragraph.content ?? [], `${path}.content[${index}].content`).flatMap(
        (item, position): RichTextInline[] => {
          const inline = record(item, `${path}.content[${index}].content[${position}]`);
          if (inline.type === 'hardBreak') return [{ type: 'hardBreak' }];
          if (inline.type === 'inlineCode')
            return [
              restoreInlineCode(inline, `${path}.content[${index}].content[${position}]`, fail),
            ];
          if (inline.type === 'footnote')
            return [
              restoreFootnote(
                inline,
                `${path}.content[${index}].content[${position}]`,
                restoreRichText,
              ),
            ];
          const text = string(inline.text, `${path}.content[${index}].content[${position}].text`);
          // ProseMirror refuses empty text nodes, and the editor would load the cell blank.
          if (text === '') return [];
          const marks = array(
            inline.marks ?? [],
            `${path}.content[${index}].content[${position}].marks`,
          ).flatMap((mark): RichTextMark[] => {
            const type = isRecord(mark) ? mark.type : undefined;
            return type === 'bold' || type === 'italic' ? [{ type }] : [];
          });
          return [marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text }];
        },
      );
      return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
    },
  );
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Invalid(path);
  return value;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(path);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new Invalid(path);
  return value;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(path);
  return value;
}
