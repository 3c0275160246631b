import type { GlossaryEntry } from '../glossary/glossaryEntry';
import type { Project } from '../model/project';
import type { Segment } from '../model/segment';
import {
  Invalid,
  isRecord,
  number,
  restoreEntry,
  restoreProject,
  restoreSegment,
} from './projectFile/projectFile';

/**
 * What the workspace reads back from its own storage goes through the project file's checks:
 * a row written by an older version, half-written, or changed by another script on the same
 * origin is caught here, before it reaches the editor or an export. A failed row is named by
 * its table and the path of the first bad field.
 */
export type StoredRead<T> = { ok: true; value: T } | { ok: false; path: string };

function attempt<T>(restore: () => T): StoredRead<T> {
  try {
    return { ok: true, value: restore() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, path: error.path };
    throw error;
  }
}

function rowName(table: string, value: unknown): string {
  return isRecord(value) && typeof value.id === 'string' ? `${table}[${value.id}]` : table;
}

/** A segment row of `projectId`; a row that claims another project is refused. */
export function readStoredSegment(value: unknown, projectId: string): StoredRead<Segment> {
  const path = rowName('segments', value);
  return attempt(() => {
    if (!isRecord(value) || value.projectId !== projectId) throw new Invalid(`${path}.projectId`);
    return restoreSegment(value, path, projectId);
  });
}

export function readStoredGlossaryEntry(
  value: unknown,
  projectId: string,
): StoredRead<GlossaryEntry> {
  const path = rowName('glossary', value);
  return attempt(() => {
    if (!isRecord(value) || value.projectId !== projectId) throw new Invalid(`${path}.projectId`);
    return restoreEntry(value, path, projectId);
  });
}

export function readStoredProject(value: unknown): StoredRead<Project> {
  const path = rowName('projects', value);
  return attempt(() => {
    const project = restoreProject(value, path);
    const deletedAt = isRecord(value) ? value.deletedAt : undefined;
    return deletedAt === undefined
      ? project
      : { ...project, deletedAt: number(deletedAt, `${path}.deletedAt`) };
  });
}
