import type { MemoryMatch, MemoryQuery } from '../../domain/memory/MemoryIndex';

export type MemoryWorkerRequest =
  | { type: 'open'; databaseName: string; firstProjectId?: string }
  | { type: 'lookup'; id: number; query: MemoryQuery }
  | { type: 'best'; id: number; queries: MemoryQuery[] };

export type MemoryWorkerReply =
  | { type: 'changed'; size: number; loading: boolean }
  | { type: 'failed' }
  | { type: 'matches'; id: number; matches: MemoryMatch[] }
  | { type: 'best'; id: number; matches: (MemoryMatch | null)[] };
