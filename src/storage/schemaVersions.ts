import type Dexie from 'dexie';

/**
 * Append-only: a released version is never edited. A change adds `version(n + 1)` with an
 * `.upgrade()` and a test that upgrades a fixture database of version n (see schemaVersions.test.ts).
 */
export const schemaVersions = [
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
] as const;

export function applySchemaVersions(db: Dexie): void {
  for (const { version, stores } of schemaVersions) {
    db.version(version).stores({ ...stores });
  }
}
