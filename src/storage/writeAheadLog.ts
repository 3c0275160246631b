import { randomId } from '../domain/model/randomId';
import type { SegmentPatch } from './repositories/segments';

export interface WalEntry {
  patch: SegmentPatch;
  /** When the newest edit in `patch` was made. */
  at: number;
}

/**
 * Edits not yet confirmed by IndexedDB, kept synchronously in localStorage on every change.
 * IndexedDB writes are asynchronous: a tab closed or a renderer killed a few milliseconds after
 * a keystroke may never complete one, but a localStorage write has finished when `setItem`
 * returns. On the next open the log is replayed and written properly.
 */
export class WriteAheadLog {
  private readonly prefix: string;
  private readonly key: string;
  private releaseLock: (() => void) | null = null;

  /** Each tab keeps its own log, so two tabs on one project never overwrite each other's. */
  constructor(
    databaseName: string,
    projectId: string,
    private readonly storage: Storage | undefined = globalThis.localStorage,
    tabId: string = randomId(),
  ) {
    this.prefix = `wal:${databaseName}:${projectId}:`;
    this.key = this.prefix + tabId;
  }

  /**
   * Marks this log as live with a Web Lock named after it, held until `release()` or until the
   * tab goes away, so that another tab opening the project leaves it alone.
   */
  async hold(): Promise<void> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks || this.releaseLock) return;
    await new Promise<void>((held) => {
      void locks.request(this.key, { mode: 'exclusive' }, () => {
        held();
        return new Promise<void>((release) => {
          this.releaseLock = release;
        });
      });
    });
  }

  /** Gives the log up: if edits are still in it, the next tab to open the project replays them. */
  release(): void {
    this.releaseLock?.();
    this.releaseLock = null;
  }

  /**
   * Takes over every log left for this project by a closed tab (a log whose tab still holds its
   * lock is live and left alone): the newest edit per segment wins, and the adopted logs are
   * removed once their entries are in this one.
   */
  async adoptAll(): Promise<Map<string, WalEntry>> {
    const live = await liveLogKeys();
    const merged = new Map<string, WalEntry>();
    const keys: string[] = [];
    for (let index = 0; index < (this.storage?.length ?? 0); index += 1) {
      const key = this.storage?.key(index);
      if (key?.startsWith(this.prefix) && (key === this.key || !live.has(key))) keys.push(key);
    }
    for (const key of keys) {
      for (const [id, entry] of parseLog(this.storage?.getItem(key))) {
        const known = merged.get(id);
        if (!known || known.at < entry.at) merged.set(id, entry);
      }
    }
    this.write(merged);
    for (const key of keys) if (key !== this.key) this.storage?.removeItem(key);
    return merged;
  }

  /** Replaces the log with the edits still unconfirmed; an empty map clears it. */
  write(unsaved: ReadonlyMap<string, WalEntry>): void {
    try {
      if (unsaved.size === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(Object.fromEntries(unsaved)));
    } catch {
      // Storage full or disabled: IndexedDB remains the record; nothing more can be done here.
    }
  }
}

/** Removes every log of a project that is gone for good. */
export function forgetLogs(
  databaseName: string,
  projectId: string,
  storage = globalThis.localStorage,
): void {
  const prefix = `wal:${databaseName}:${projectId}:`;
  try {
    const keys = Array.from({ length: storage?.length ?? 0 }, (_, index) => storage?.key(index));
    for (const key of keys) if (key?.startsWith(prefix)) storage?.removeItem(key);
  } catch {
    // No localStorage: there are no logs.
  }
}

/** The logs whose tabs are open (without Web Locks, none can be told apart: all are adopted). */
async function liveLogKeys(): Promise<Set<string>> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  return new Set(held.flatMap((lock) => (lock.name ? [lock.name] : [])));
}

function parseLog(raw: string | null | undefined): [string, WalEntry][] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return [];
    return Object.entries(parsed as Record<string, unknown>).filter(
      (entry): entry is [string, WalEntry] => isWalEntry(entry[1]),
    );
  } catch {
    return [];
  }
}

function isWalEntry(value: unknown): value is WalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<WalEntry>;
  return typeof entry.at === 'number' && typeof entry.patch === 'object' && entry.patch !== null;
}
