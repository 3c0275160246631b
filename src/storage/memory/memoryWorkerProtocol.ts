import type { MemoryMatch, MemoryQuery } from '../../domain/memory/MemoryIndex';

export type MemoryWorkerRequest =
  | { type: 'open'; databaseName: string }
  | { type: 'lookup'; id: number; query: MemoryQuery }
  | { type: 'best'; id: number; queries: MemoryQuery[] };

export type MemoryWorkerReply =
  | { type: 'changed'; size: number }
  | { type: 'failed' }
  | { type: 'matches'; id: number; matches: MemoryMatch[] }
  | { type: 'best'; id: number; matches: (MemoryMatch | null)[] };
