import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Project } from '../domain/model/project';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import type { Segment } from '../domain/model/segment';
import type { SegmentRevision } from '../domain/model/segmentRevision';
import type { MemoryUnit } from '../domain/memory/memoryUnit';
import { applySchemaVersions } from './schemaVersions';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type SegmentKey = [projectId: string, segmentId: string];

export const defaultDatabaseName = 'bilingual-workspace';

/** The only place that knows the database's shape; everything else goes through repositories. */
export class WorkspaceDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  segments!: Table<Segment, SegmentKey>;
  settings!: EntityTable<SettingRow, 'key'>;
  glossary!: EntityTable<GlossaryEntry, 'id'>;
  revisions!: EntityTable<SegmentRevision, 'seq'>;
  memory!: EntityTable<MemoryUnit, 'id'>;

  constructor(name: string = defaultDatabaseName) {
    super(name);
    applySchemaVersions(this);
  }
}
