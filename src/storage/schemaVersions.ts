import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { Segment } from '../domain/model/segment';
import type { SegmentRevision } from '../domain/model/segmentRevision';
import type { Project } from '../domain/model/project';
import { memoryUnitFromSegment, type MemoryUnit } from '../domain/memory/memoryUnit';

interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/**
 * Append-only: a released version is never edited. A change adds `version(n + 1)` with an
 * `.upgrade()` and a test that upgrades a fixture database of version n (see schemaVersions.test.ts).
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, createdAt, updatedAt',
      segments: '[projectId+id], [projectId+order], projectId',
      settings: 'key',
    },
  },
  {
    // The project glossary: a new table, so existing rows need no upgrade.
    version: 2,
    stores: {
      glossary: 'id, projectId, [projectId+source]',
    },
  },
  {
    // Revision history. Each translated or annotated segment starts with its current state as
    // its first revision, so History is never empty for work done before the upgrade.
    version: 3,
    stores: {
      revisions: '++seq, [projectId+segmentId], projectId',
    },
    upgrade: async (transaction) => {
      const revisions: SegmentRevision[] = [];
      await transaction.table<Segment>('segments').each((segment) => {
        if (!segment.translationText.trim() && !segment.notesText.trim()) return;
        revisions.push({
          projectId: segment.projectId,
          segmentId: segment.id,
          startedAt: segment.updatedAt,
          savedAt: segment.updatedAt,
          translation: segment.translation,
          translationText: segment.translationText,
          notes: segment.notes,
          notesText: segment.notesText,
          status: segment.status,
        });
      });
      await transaction.table<SegmentRevision>('revisions').bulkAdd(revisions);
    },
  },
  {
    // The translation memory, shared by all projects. It starts with every confirmed segment
    // already in the database, so work done before the upgrade is matched at once.
    version: 4,
    stores: {
      memory: 'id, projectId, updatedAt',
    },
    upgrade: async (transaction) => {
      const projects = new Map<string, Project>();
      await transaction.table<Project>('projects').each((project) => {
        if (project.deletedAt === undefined) projects.set(project.id, project);
      });
      const units: MemoryUnit[] = [];
      for (const project of projects.values()) {
        const segments = await transaction
          .table<Segment>('segments')
          .where('[projectId+order]')
          .between([project.id, -Infinity], [project.id, Infinity])
          .toArray();
        segments.forEach((segment, index) => {
          const unit = memoryUnitFromSegment(segment, project, {
            previousSource: segments[index - 1]?.source,
            nextSource: segments[index + 1]?.source,
          });
          if (unit) units.push(unit);
        });
      }
      await transaction.table<MemoryUnit>('memory').bulkPut(units);
    },
  },
];

export function applySchemaVersions(db: Dexie): void {
  for (const { version, stores, upgrade } of schemaVersions) {
    const declared = db.version(version).stores({ ...stores });
    if (upgrade) declared.upgrade(upgrade);
  }
}
