import { makeCharFold } from '../../domain/glossary/charFold';
import {
  MemoryIndex,
  pairKey,
  type MemoryMatch,
  type MemoryQuery,
} from '../../domain/memory/MemoryIndex';
import {
  inShard,
  newestUnitFirst,
  type ShardMatches,
  type ShardRange,
} from '../../domain/memory/memoryShards';
import { normalizeSource } from '../../domain/memory/normalizeSource';
import { ConcordanceIndex, type ConcordanceResult } from '../../domain/memory/concordance';
import type { CharFold } from '../../domain/glossary/charFold';
import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import type { WorkspaceDb } from '../db';
import {
  getMemoryUnits,
  listProjectMemoryUnits,
  memoryChannelName,
  memoryUnitsInChunks,
} from '../repositories/memory';

/** A concordance search's hits, and how many units were searched. */
export interface ConcordanceSearch extends ConcordanceResult {
  size: number;
}

/** Units read and indexed at a time while the memory loads; look-ups are answered in between. */
const loadChunk = 5000;

/** Look-ups made once the memory has loaded, to warm the engine up (see warmUp). */
const warmUpLookups = 4;

/**
 * The memory's search index, filled from the database and kept current from the memory channel
 * (every put or delete of a unit is announced there, whoever made it). Runs in the memory worker,
 * or in the page where workers are missing.
 */
export class MemoryIndexHost {
  private channel: BroadcastChannel | null = null;
  private refreshing: Promise<void> = Promise.resolve();

  private concordanceIndex: {
    index: ConcordanceIndex;
    version: number;
    excludedProjectId: string | undefined;
  } | null = null;

  private constructor(
    private readonly db: WorkspaceDb,
    private readonly fold: CharFold,
    private readonly index: MemoryIndex,
    private readonly onChange: () => void,
    private readonly shard: ShardRange,
  ) {}

  private holds(id: string): boolean {
    return inShard(this.shard, id);
  }

  /**
   * Starts loading the memory: the open project's units first (the active segment's likeliest
   * matches), then every unit in chunks. Look-ups are answered meanwhile from what is indexed;
   * `loaded` settles when all is. With a `shard`, only the units of that range of ids are read and
   * indexed (another host, in another worker, has the rest).
   */
  static async open(
    db: WorkspaceDb,
    onChange: () => void,
    firstProjectId?: string,
    shard: ShardRange = {},
  ): Promise<MemoryIndexHost> {
    // The Simplified table only (what loadScriptConverter('zh-Hans') builds): the worker is a
    // bundle of its own, and the other tables would only weigh it down.
    const { Converter } = await import('opencc-js/t2cn');
    const fold = makeCharFold(Converter({ from: 't', to: 'cn' }));
    const host = new MemoryIndexHost(
      db,
      fold,
      new MemoryIndex((text) => normalizeSource(text, fold)),
      onChange,
      shard,
    );
    // Listen before reading, so a unit written meanwhile is read again afterwards.
    host.listen((ids) => {
      if (host.announcedWhileLoading) host.announcedWhileLoading.push(...ids);
      else void host.refresh(ids);
    });
    host.loaded = host.load(firstProjectId);
    return host;
  }

  /** Settles when every unit is indexed. */
  loaded: Promise<void> = Promise.resolve();

  /** Units changed while the memory loads: read again once it has. */
  private announcedWhileLoading: string[] | null = [];

  get loading(): boolean {
    return this.announcedWhileLoading !== null;
  }

  private async load(firstProjectId: string | undefined): Promise<void> {
    if (firstProjectId !== undefined) {
      for (const unit of await listProjectMemoryUnits(this.db, firstProjectId))
        if (this.holds(unit.id)) this.index.add(unit);
      this.onChange();
    }
    let lastChunk: MemoryUnit[] = [];
    for await (const chunk of memoryUnitsInChunks(this.db, loadChunk, this.shard)) {
      // A unit already indexed is the project's, read a moment ago.
      for (const unit of chunk) if (!this.index.has(unit.id)) this.index.add(unit);
      lastChunk = chunk;
      this.onChange();
    }
    this.warmUp(lastChunk);
    const missed = this.announcedWhileLoading ?? [];
    this.announcedWhileLoading = null;
    if (missed.length > 0) await this.refresh(missed);
    else this.onChange();
  }

  /**
   * Looks up a few of the memory's own sources once it is loaded, so that the translator's first
   * look-ups run the engine's compiled code rather than its interpreter (in Chromium the first
   * few took two to three times as long as the rest).
   */
  private warmUp(units: readonly MemoryUnit[]): void {
    for (let at = 0; at < Math.min(warmUpLookups, units.length); at += 1) {
      const unit = units[Math.floor((at * units.length) / warmUpLookups)];
      if (unit) this.index.lookup({ source: unit.source, excludeId: unit.id });
    }
  }

  get size(): number {
    return this.index.size;
  }

  lookup(query: MemoryQuery): MemoryMatch[] {
    return this.index.lookup(query);
  }

  /** A look-up with each match's pair key, for joining with the other shards' answers. */
  lookupShard(query: MemoryQuery): ShardMatches {
    const matches = this.index.lookup(query);
    return {
      matches,
      pairs: matches.map(({ unit }) => pairKey(this.normalize(unit.source), unit)),
    };
  }

  private normalize(text: string): string {
    return normalizeSource(text, this.fold);
  }

  /** The best match of each query (Pre-translate), or null where none reaches its minimum. */
  bestMatches(queries: readonly MemoryQuery[]): (MemoryMatch | null)[] {
    return queries.map((query) => this.index.lookup({ ...query, limit: 1 })[0] ?? null);
  }

  /**
   * Concordance over the memory but the open project's units (the page searches those in the
   * project as it is now), newest first. Folded and joined again only when the memory changed.
   */
  concordance(query: string, limit: number, excludedProjectId?: string): ConcordanceSearch {
    let built = this.concordanceIndex;
    if (
      !built ||
      built.version !== this.index.version ||
      built.excludedProjectId !== excludedProjectId
    ) {
      const units = this.index
        .indexedUnits()
        .filter((unit) => unit.projectId === undefined || unit.projectId !== excludedProjectId)
        .sort(newestUnitFirst);
      const index = new ConcordanceIndex(this.fold);
      index.setUnits(units);
      built = { index, version: this.index.version, excludedProjectId };
      this.concordanceIndex = built;
    }
    return { ...built.index.search(query, limit), size: built.index.size };
  }

  /** Reads the named units again: present ones are (re)indexed, missing ones removed. */
  refresh(ids: readonly string[]): Promise<void> {
    this.refreshing = this.refreshing
      .then(async () => {
        const units = await getMemoryUnits(this.db, ids);
        ids.forEach((id, at) => {
          const unit = units[at];
          if (unit && this.holds(unit.id)) this.index.add(unit);
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
