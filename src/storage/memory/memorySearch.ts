import type { MemoryMatch, MemoryQuery } from '../../domain/memory/MemoryIndex';
import {
  joinShardBest,
  joinShardConcordance,
  joinShardMatches,
  shardRanges,
} from '../../domain/memory/memoryShards';
import { memoryShardBoundaries } from '../repositories/memory';
import type { WorkspaceDb } from '../db';
import type { ConcordanceSearch, MemoryIndexHost } from './memoryIndexHost';
import type { MemoryWorkerReply, MemoryWorkerRequest } from './memoryWorkerProtocol';

/** Look-ups in the translation memory of this browser, answered off the page's thread. */
export interface MemorySearch {
  lookup(query: MemoryQuery): Promise<MemoryMatch[]>;
  /** The best match of each query at or above its `minScore`, or null (Pre-translate). */
  bestMatches(queries: readonly MemoryQuery[]): Promise<(MemoryMatch | null)[]>;
  /** Concordance over the whole memory but `excludedProjectId`'s units, once it has loaded. */
  concordance(query: string, limit: number, excludedProjectId?: string): Promise<ConcordanceSearch>;
  /** Units indexed so far, or null before the first are. */
  size(): number | null;
  /** Whether units are still being read: look-ups meanwhile search those indexed so far. */
  loading(): boolean;
  /** Called when the memory has loaded or changed: shown matches may be out of date. */
  subscribe(listener: () => void): () => void;
}

const searches = new WeakMap<WorkspaceDb, MemorySearch>();

/**
 * The one search of a database for this page: its worker loads the memory once, starting with
 * the units of `firstProjectId` (the open project) when the first caller names it.
 */
export function memorySearchFor(db: WorkspaceDb, firstProjectId?: string): MemorySearch {
  let search = searches.get(db);
  if (!search) {
    search =
      typeof Worker === 'undefined'
        ? new PageMemorySearch(db, firstProjectId)
        : new WorkerMemorySearch(db, firstProjectId);
    searches.set(db, search);
  }
  return search;
}

abstract class ListenedSearch implements MemorySearch {
  private readonly listeners = new Set<() => void>();
  protected indexed: number | null = null;
  protected stillLoading = true;

  abstract lookup(query: MemoryQuery): Promise<MemoryMatch[]>;
  abstract bestMatches(queries: readonly MemoryQuery[]): Promise<(MemoryMatch | null)[]>;
  abstract concordance(
    query: string,
    limit: number,
    excludedProjectId?: string,
  ): Promise<ConcordanceSearch>;

  size(): number | null {
    return this.indexed;
  }

  loading(): boolean {
    return this.stillLoading;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected changed(size: number, loading: boolean): void {
    this.indexed = size;
    this.stillLoading = loading;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Where workers are missing (or fail to start): the same index, on the page's thread. */
class PageMemorySearch extends ListenedSearch {
  private readonly host: Promise<MemoryIndexHost>;

  constructor(db: WorkspaceDb, firstProjectId?: string) {
    super();
    this.host = import('./memoryIndexHost').then(({ MemoryIndexHost }) =>
      MemoryIndexHost.open(
        db,
        () => void this.host.then((host) => this.changed(host.size, host.loading)),
        firstProjectId,
      ),
    );
  }

  async lookup(query: MemoryQuery): Promise<MemoryMatch[]> {
    return (await this.host).lookup(query);
  }

  async bestMatches(queries: readonly MemoryQuery[]): Promise<(MemoryMatch | null)[]> {
    const host = await this.host;
    await host.loaded;
    return host.bestMatches(queries);
  }

  async concordance(
    query: string,
    limit: number,
    excludedProjectId?: string,
  ): Promise<ConcordanceSearch> {
    const host = await this.host;
    await host.loaded;
    return host.concordance(query, limit, excludedProjectId);
  }
}

/**
 * Look-ups run in this many workers side by side, each over its range of unit ids (cut where the
 * memory is when the page opens it; later units go to the range of their id): a look-up takes
 * about the time of the larger part, and each worker reads only its own rows.
 */
const memoryShards = 2;

class WorkerMemorySearch extends ListenedSearch {
  private readonly workers: Worker[] = [];
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: MemoryWorkerReply | null) => void>();
  private readonly shards: ({ size: number; loading: boolean } | null)[] = [];
  private fallback: PageMemorySearch | null = null;
  // Requests wait until the workers know their ranges (a worker drops what comes before `open`).
  private readonly opened: Promise<void>;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly firstProjectId?: string,
  ) {
    super();
    for (let index = 0; index < memoryShards; index += 1) {
      const worker = new Worker(new URL('./memoryIndex.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = ({ data }: MessageEvent<MemoryWorkerReply>) => {
        if (data.type === 'changed') this.shardChanged(index, data.size, data.loading);
        else if (data.type === 'failed') this.fallBack();
        else {
          this.waiting.get(data.id)?.(data);
          this.waiting.delete(data.id);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.fallBack();
      };
      this.workers.push(worker);
      this.shards.push(null);
    }
    this.opened = memoryShardBoundaries(db, memoryShards)
      .catch(() => [])
      .then((boundaries) => {
        const ranges = shardRanges(boundaries);
        this.workers.forEach((worker, index) =>
          worker.postMessage({
            type: 'open',
            databaseName: db.name,
            ...(firstProjectId !== undefined ? { firstProjectId } : {}),
            // Fewer units than workers: the extra workers hold nothing until units come.
            shard: ranges[index] ?? { from: '\uffff', to: '\uffff' },
          } satisfies MemoryWorkerRequest),
        );
      });
  }

  async lookup(query: MemoryQuery): Promise<MemoryMatch[]> {
    if (this.fallback) return this.fallback.lookup(query);
    const start = performance.now();
    const replies = await this.askAll((id) => ({ type: 'lookup', id, query }));
    // Request to answer, as the page sees it, and the workers' own part of it (the longer
    // shard's): read by the memory bench (test/bench/memory.ts).
    performance.measure('memory-lookup', { start });
    const answers = replies.filter(
      (reply): reply is Extract<MemoryWorkerReply, { type: 'matches' }> =>
        reply?.type === 'matches',
    );
    if (answers.length < replies.length) return [];
    performance.measure('memory-lookup-worker', {
      end: performance.now(),
      duration: Math.max(...answers.map(({ lookupMs }) => lookupMs)),
    });
    return joinShardMatches(answers, query.limit ?? 5);
  }

  async bestMatches(queries: readonly MemoryQuery[]): Promise<(MemoryMatch | null)[]> {
    if (this.fallback) return this.fallback.bestMatches(queries);
    const replies = await this.askAll((id) => ({ type: 'best', id, queries: [...queries] }));
    const answers = replies.flatMap((reply) => (reply?.type === 'best' ? [reply.matches] : []));
    return answers.length === replies.length ? joinShardBest(answers) : queries.map(() => null);
  }

  async concordance(
    query: string,
    limit: number,
    excludedProjectId?: string,
  ): Promise<ConcordanceSearch> {
    if (this.fallback) return this.fallback.concordance(query, limit, excludedProjectId);
    const replies = await this.askAll((id) => ({
      type: 'concordance',
      id,
      query,
      limit,
      ...(excludedProjectId !== undefined ? { excludedProjectId } : {}),
    }));
    const results = replies.flatMap((reply) =>
      reply?.type === 'concordance' ? [reply.result] : [],
    );
    // Nothing when a worker failed meanwhile (as look-ups then): the next search asks the page.
    if (results.length < replies.length) return empty();
    return {
      ...joinShardConcordance(results, limit),
      size: results.reduce((sum, result) => sum + result.size, 0),
    };
  }

  /** The memory's size is the shards' together; it is loading until every shard has loaded. */
  private shardChanged(index: number, size: number, loading: boolean): void {
    this.shards[index] = { size, loading };
    let total = 0;
    let anyLoading = false;
    for (const shard of this.shards) {
      total += shard?.size ?? 0;
      anyLoading ||= shard === null || shard.loading;
    }
    this.changed(total, anyLoading);
  }

  private async askAll(
    request: (id: number) => MemoryWorkerRequest,
  ): Promise<(MemoryWorkerReply | null)[]> {
    await this.opened;
    if (this.fallback) return this.workers.map(() => null);
    return Promise.all(
      this.workers.map((worker) => {
        const id = this.nextId++;
        return new Promise<MemoryWorkerReply | null>((resolve) => {
          this.waiting.set(id, resolve);
          worker.postMessage(request(id));
        });
      }),
    );
  }

  /** A worker could not start or open the database: answer here, including what is waiting. */
  private fallBack(): void {
    if (this.fallback) return;
    for (const worker of this.workers) worker.terminate();
    const fallback = new PageMemorySearch(this.db, this.firstProjectId);
    this.fallback = fallback;
    fallback.subscribe(() => this.changed(fallback.size() ?? 0, fallback.loading()));
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}

function empty(): ConcordanceSearch {
  return { hits: [], total: 0, size: 0 };
}
