import { makeCharFold } from '../../domain/glossary/charFold';
import { MemoryIndex, type MemoryMatch, type MemoryQuery } from '../../domain/memory/MemoryIndex';
import { normalizeSource } from '../../domain/memory/normalizeSource';
import type { WorkspaceDb } from '../db';
import { getMemoryUnits, listMemoryUnits, memoryChannelName } from '../repositories/memory';

/**
 * The memory's search index, filled from the database and kept current from the memory channel
 * (every put or delete of a unit is announced there, whoever made it). Runs in the memory worker,
 * or in the page where workers are missing.
 */
export class MemoryIndexHost {
  private channel: BroadcastChannel | null = null;
  private refreshing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: WorkspaceDb,
    private readonly index: MemoryIndex,
    private readonly onChange: () => void,
  ) {}

  static async open(db: WorkspaceDb, onChange: () => void): Promise<MemoryIndexHost> {
    // The Simplified table only (what loadScriptConverter('zh-Hans') builds): the worker is a
    // bundle of its own, and the other tables would only weigh it down.
    const { Converter } = await import('opencc-js/t2cn');
    const fold = makeCharFold(Converter({ from: 't', to: 'cn' }));
    const host = new MemoryIndexHost(
      db,
      new MemoryIndex((text) => normalizeSource(text, fold)),
      onChange,
    );
    // Listen before reading, so a unit written meanwhile is read again afterwards.
    let early: string[] | null = [];
    host.listen((ids) => {
      if (early) early.push(...ids);
      else void host.refresh(ids);
    });
    for (const unit of await listMemoryUnits(db)) host.index.add(unit);
    const missed = early;
    early = null;
    if (missed.length > 0) void host.refresh(missed);
    return host;
  }

  get size(): number {
    return this.index.size;
  }

  lookup(query: MemoryQuery): MemoryMatch[] {
    return this.index.lookup(query);
  }

  /** The best match of each query (Pre-translate), or null where none reaches its minimum. */
  bestMatches(queries: readonly MemoryQuery[]): (MemoryMatch | null)[] {
    return queries.map((query) => this.index.lookup({ ...query, limit: 1 })[0] ?? null);
  }

  /** Reads the named units again: present ones are (re)indexed, missing ones removed. */
  refresh(ids: readonly string[]): Promise<void> {
    this.refreshing = this.refreshing
      .then(async () => {
        const units = await getMemoryUnits(this.db, ids);
        ids.forEach((id, at) => {
          const unit = units[at];
          if (unit) this.index.add(unit);
          else this.index.remove(id);
        });
        this.onChange();
      })
      .catch(() => undefined);
    return this.refreshing;
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }

  private listen(handle: (ids: string[]) => void): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(memoryChannelName(this.db));
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!Array.isArray(event.data)) return;
      handle(event.data.filter((id): id is string => typeof id === 'string'));
    };
  }
}
