import type { MemoryMatch, MemoryQuery } from '../../domain/memory/MemoryIndex';
import type { ShardMatches, ShardRange } from '../../domain/memory/memoryShards';
import type { ConcordanceSearch } from './memoryIndexHost';

export type MemoryWorkerRequest =
  | { type: 'open'; databaseName: string; firstProjectId?: string; shard: ShardRange }
  | { type: 'lookup'; id: number; query: MemoryQuery }
  | { type: 'best'; id: number; queries: MemoryQuery[] }
  | { type: 'concordance'; id: number; query: string; limit: number; excludedProjectId?: string };

export type MemoryWorkerReply =
  | { type: 'changed'; size: number; loading: boolean }
  | { type: 'failed' }
  /** `lookupMs`: the look-up's own time in the worker (the bench tells it from the waiting). */
  | ({ type: 'matches'; id: number; lookupMs: number } & ShardMatches)
  | { type: 'best'; id: number; matches: (MemoryMatch | null)[] }
  | { type: 'concordance'; id: number; result: ConcordanceSearch };
