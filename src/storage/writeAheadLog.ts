import {
  readWalEntry,
  writeWalEntry,
  type WalEntry,
} from '../domain/formats/writeAheadLog/walEntry';
import { randomId } from '../domain/model/randomId';

export type { WalEntry };

/** A log entry that failed validation (or names no segment): never applied, kept for the translator. */
export interface SetAsideEdit {
  id: string;
  /** The segment the entry was for, when the log said. */
  segmentId: string | null;
  /** The entry exactly as it was found (the raw text when the log was not JSON). */
  entry: unknown;
  /** The first field that failed, or why it could not be applied. */
  reason: string;
  setAsideAt: number;
  /** The translator has been told and closed the message; the entry is still kept. */
  dismissed?: boolean;
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
  private readonly asideKey: string;
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
    this.asideKey = `wal-aside:${databaseName}:${projectId}`;
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
    const rejected: Omit<SetAsideEdit, 'id' | 'setAsideAt'>[] = [];
    for (const key of keys) {
      const { valid, invalid } = parseLog(this.storage?.getItem(key));
      rejected.push(...invalid);
      for (const [id, entry] of valid) {
        const known = merged.get(id);
        if (!known || known.at < entry.at) merged.set(id, entry);
      }
    }
    // Kept apart before the logs they came from are rewritten or removed below.
    this.setAside(rejected);
    this.write(merged);
    for (const key of keys) if (key !== this.key) this.storage?.removeItem(key);
    return merged;
  }

  /** Replaces the log with the edits still unconfirmed; an empty map clears it. */
  write(unsaved: ReadonlyMap<string, WalEntry>): void {
    try {
      if (unsaved.size === 0) this.storage?.removeItem(this.key);
      else {
        const entries = [...unsaved].map(([id, entry]) => [id, writeWalEntry(entry)]);
        this.storage?.setItem(this.key, JSON.stringify(Object.fromEntries(entries)));
      }
    } catch {
      // Storage full or disabled: IndexedDB remains the record; nothing more can be done here.
    }
  }

  /** Keeps entries that must not be applied under their own key, beside the ones kept before. */
  setAside(edits: readonly Omit<SetAsideEdit, 'id' | 'setAsideAt'>[]): void {
    if (edits.length === 0) return;
    const now = Date.now();
    const added = edits.map((edit) => ({ ...edit, id: randomId(), setAsideAt: now }));
    this.writeAside([...this.setAsideEdits(), ...added]);
  }

  /** Every entry kept apart for this project, oldest first. */
  setAsideEdits(): SetAsideEdit[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.asideKey) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isSetAsideEdit) : [];
    } catch {
      return [];
    }
  }

  /** The translator has read about this entry: it is not announced again, but still kept. */
  dismissSetAside(id: string): void {
    this.writeAside(
      this.setAsideEdits().map((edit) => (edit.id === id ? { ...edit, dismissed: true } : edit)),
    );
  }

  private writeAside(edits: readonly SetAsideEdit[]): void {
    try {
      this.storage?.setItem(this.asideKey, JSON.stringify(edits));
    } catch {
      // Storage full: the entry stays where it was found only until the log is rewritten.
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
    storage?.removeItem(`wal-aside:${databaseName}:${projectId}`);
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

interface ParsedLog {
  valid: [string, WalEntry][];
  invalid: Omit<SetAsideEdit, 'id' | 'setAsideAt'>[];
}

/** Splits a stored log into entries that validate and entries (or a whole log) to keep apart. */
export function parseLog(raw: string | null | undefined): ParsedLog {
  const parsed: ParsedLog = { valid: [], invalid: [] };
  if (!raw) return parsed;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    parsed.invalid.push({ segmentId: null, entry: raw, reason: 'notJson' });
    return parsed;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    parsed.invalid.push({ segmentId: null, entry: data, reason: 'log' });
    return parsed;
  }
  for (const [segmentId, value] of Object.entries(data as Record<string, unknown>)) {
    const read = readWalEntry(value);
    if (read.ok) parsed.valid.push([segmentId, read.entry]);
    else parsed.invalid.push({ segmentId, entry: value, reason: read.path });
  }
  return parsed;
}

function isSetAsideEdit(value: unknown): value is SetAsideEdit {
  if (typeof value !== 'object' || value === null) return false;
  const edit = value as Partial<SetAsideEdit>;
  return typeof edit.id === 'string' && typeof edit.reason === 'string';
}
