import type { Segment } from '../../model/segment';
import { richTextToPlainText } from '../../model/richTextToPlainText';
import { isSegmentType, segmentTypePatch } from '../../model/segmentType';
import {
  Invalid,
  isRecord,
  number,
  restoreRichText,
  restoreSegmentStatus,
  string,
} from '../projectFile/projectFile';
import { restoreComments } from '../../comments/restoreComments';

/** The shape log entries are written in; an entry without `v` was written before it existed. */
export const walEntryVersion = 1;

export type WalPatch = Partial<
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

export interface WalEntry {
  patch: WalPatch;
  /** When the newest edit in `patch` was made. */
  at: number;
}

export type WalEntryRead = { ok: true; entry: WalEntry } | { ok: false; path: string };

const patchFields = new Set([
  'translation',
  'translationText',
  'notes',
  'notesText',
  'status',
  'comments',
  'type',
  'kind',
]);

/**
 * Checks one write-ahead-log entry with the project file's own field checks before it may touch
 * stored data. A patch is spread over a stored segment, so a field outside the five an edit
 * changes (an id, the source) would overwrite what the translator never edited: it is refused.
 * A doc comes with its plain text, which is recomputed from it, as for an imported project file.
 */
export function readWalEntry(value: unknown): WalEntryRead {
  try {
    return { ok: true, entry: restoreWalEntry(value) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, path: error.path };
    throw error;
  }
}

/** The entry as it is stored: with its format version, so a later shape can migrate it. */
export function writeWalEntry(entry: WalEntry): { v: number } & WalEntry {
  return { v: walEntryVersion, ...entry };
}

/**
 * Steps from each older entry shape to the next, like the database's upgrades: `migrations[n]`
 * turns a version-n entry into a version-(n + 1) one. Version 0 is an entry written before
 * entries carried `v`, already in version 1's shape. An entry from a newer app version, or of a
 * version no step leads from, is refused (and so kept apart, never guessed at).
 */
const migrations: Readonly<
  Record<number, (entry: Record<string, unknown>) => Record<string, unknown>>
> = {
  0: (entry) => ({ ...entry, v: 1 }),
};

function migrated(value: Record<string, unknown>): Record<string, unknown> {
  let entry = value;
  let version = entry.v === undefined ? 0 : entry.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version > walEntryVersion) {
    throw new Invalid('v');
  }
  while (version < walEntryVersion) {
    const step = migrations[version];
    if (!step) throw new Invalid('v');
    entry = step(entry);
    version += 1;
  }
  return entry;
}

function restoreWalEntry(found: unknown): WalEntry {
  if (!isRecord(found)) throw new Invalid('entry');
  const value = migrated(found);
  for (const key of Object.keys(value)) {
    if (key !== 'v' && key !== 'patch' && key !== 'at') throw new Invalid(key);
  }
  const at = number(value.at, 'at');
  if (!isRecord(value.patch)) throw new Invalid('patch');
  const raw = value.patch;
  for (const key of Object.keys(raw)) if (!patchFields.has(key)) throw new Invalid(`patch.${key}`);
  const patch: WalPatch = {};
  if (raw.translation !== undefined) {
    string(raw.translationText, 'patch.translationText');
    patch.translation = restoreRichText(raw.translation, 'patch.translation');
    patch.translationText = richTextToPlainText(patch.translation);
  } else if (raw.translationText !== undefined) {
    // The editor always writes both: text alone would leave the stored doc saying otherwise.
    throw new Invalid('patch.translation');
  }
  if (raw.notes !== undefined) {
    string(raw.notesText, 'patch.notesText');
    patch.notes = restoreRichText(raw.notes, 'patch.notes');
    patch.notesText = richTextToPlainText(patch.notes);
  } else if (raw.notesText !== undefined) {
    throw new Invalid('patch.notes');
  }
  if (raw.status !== undefined) patch.status = restoreSegmentStatus(raw.status, 'patch.status');
  // Spans are checked against the source when the entry is applied to its segment.
  if (raw.comments !== undefined)
    patch.comments = restoreComments(raw.comments, 'patch.comments', null);
  Object.assign(patch, restoreTypePatch(raw));
  return { patch, at };
}

/** A segment type change: the kind is recomputed from the type, never taken on its own. */
function restoreTypePatch(raw: Record<string, unknown>): WalPatch {
  if (raw.type === undefined) {
    if (raw.kind !== undefined) throw new Invalid('patch.type');
    return {};
  }
  if (!isSegmentType(raw.type)) throw new Invalid('patch.type');
  return segmentTypePatch(raw.type);
}
