import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { Segment } from '../domain/model/segment';
import type { SegmentRevision } from '../domain/model/segmentRevision';

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
];

export function applySchemaVersions(db: Dexie): void {
  for (const { version, stores, upgrade } of schemaVersions) {
    const declared = db.version(version).stores({ ...stores });
    if (upgrade) declared.upgrade(upgrade);
  }
}
