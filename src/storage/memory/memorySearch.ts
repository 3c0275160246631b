import type { MemoryMatch, MemoryQuery } from '../../domain/memory/MemoryIndex';
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

class WorkerMemorySearch extends ListenedSearch {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: MemoryWorkerReply | null) => void>();
  private fallback: PageMemorySearch | null = null;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly firstProjectId?: string,
  ) {
    super();
    this.worker = new Worker(new URL('./memoryIndex.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker.onmessage = ({ data }: MessageEvent<MemoryWorkerReply>) => {
      if (data.type === 'changed') this.changed(data.size, data.loading);
      else if (data.type === 'failed') this.fallBack();
      else {
        this.waiting.get(data.id)?.(data);
        this.waiting.delete(data.id);
      }
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fallBack();
    };
    this.post({
      type: 'open',
      databaseName: db.name,
      ...(firstProjectId !== undefined ? { firstProjectId } : {}),
    });
  }

  async lookup(query: MemoryQuery): Promise<MemoryMatch[]> {
    if (this.fallback) return this.fallback.lookup(query);
    const start = performance.now();
    const reply = await this.ask((id) => ({ type: 'lookup', id, query }));
    // Request to answer, as the page sees it, and the worker's own part of it: read by the
    // memory bench (test/bench/memory.ts).
    performance.measure('memory-lookup', { start });
    if (reply?.type === 'matches') {
      performance.measure('memory-lookup-worker', {
        end: performance.now(),
        duration: reply.lookupMs,
      });
    }
    return reply?.type === 'matches' ? reply.matches : [];
  }

  async bestMatches(queries: readonly MemoryQuery[]): Promise<(MemoryMatch | null)[]> {
    if (this.fallback) return this.fallback.bestMatches(queries);
    const reply = await this.ask((id) => ({ type: 'best', id, queries: [...queries] }));
    return reply?.type === 'best' ? reply.matches : queries.map(() => null);
  }

  async concordance(
    query: string,
    limit: number,
    excludedProjectId?: string,
  ): Promise<ConcordanceSearch> {
    if (this.fallback) return this.fallback.concordance(query, limit, excludedProjectId);
    const reply = await this.ask((id) => ({
      type: 'concordance',
      id,
      query,
      limit,
      ...(excludedProjectId !== undefined ? { excludedProjectId } : {}),
    }));
    // Nothing when the worker failed meanwhile (as look-ups then): the next search asks the page.
    return reply?.type === 'concordance' ? reply.result : empty();
  }

  private ask(request: (id: number) => MemoryWorkerRequest): Promise<MemoryWorkerReply | null> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.post(request(id));
    });
  }

  private post(request: MemoryWorkerRequest): void {
    this.worker.postMessage(request);
  }

  /** The worker could not start or open the database: answer here, including what is waiting. */
  private fallBack(): void {
    if (this.fallback) return;
    this.worker.terminate();
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
