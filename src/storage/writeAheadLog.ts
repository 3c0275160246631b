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
   * Takes over every log left for this project (by this or a closed tab): the newest edit per
   * segment wins, and the other logs are removed once their entries are in this one.
   */
  adoptAll(): Map<string, WalEntry> {
    const merged = new Map<string, WalEntry>();
    const keys: string[] = [];
    for (let index = 0; index < (this.storage?.length ?? 0); index += 1) {
      const key = this.storage?.key(index);
      if (key?.startsWith(this.prefix)) keys.push(key);
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
