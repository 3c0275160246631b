export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface SegmentStoreTiming {
  /** Quiet time after the last edit before it is written. */
  debounceMs: number;
  /** Longest an edit waits while the translator keeps typing. */
  maxWaitMs: number;
  /** Wait before retrying a failed write. */
  retryMs: number;
}

export const defaultTiming: SegmentStoreTiming = {
  debounceMs: 300,
  maxWaitMs: 2000,
  retryMs: 2000,
};

type Listener = () => void;

/**
 * When edits are written, one write after another, and what the save indicator says.
 *
 * Edits reach the database within `debounceMs` of the last one (at most `maxWaitMs` while the
 * translator keeps typing), in order; a failed write is tried again after `retryMs`. What a
 * write contains is the caller's: the queue calls `flush` when one is due.
 */
export class SaveQueue {
  private writeChain: Promise<void> = Promise.resolve();
  private writesQueued = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private saveState: SaveState = { kind: 'saved' };
  private readonly saveStateListeners = new Set<Listener>();

  constructor(
    private readonly timing: SegmentStoreTiming,
    /** Starts a write of everything queued (the store's own flush). */
    private readonly flush: () => void,
  ) {}

  /** An edit was queued: it is being saved, and written once the translator pauses. */
  edited(): void {
    this.setSaveState({ kind: 'saving' });
    this.scheduleWrite();
  }

  /** Queues a write after every one before it; resolves once all of them are over. */
  enqueue(write: () => Promise<void>): Promise<void> {
    this.writesQueued += 1;
    this.writeChain = this.writeChain.then(write);
    return this.writeChain;
  }

  /** Resolves once every write queued so far is over. */
  settled(): Promise<void> {
    return this.writeChain;
  }

  /** A queued write is over, written or not: call before reading `writing` about what is left. */
  writeEnded(): void {
    this.writesQueued -= 1;
  }

  /** A queued write has not ended yet. */
  get writing(): boolean {
    return this.writesQueued > 0;
  }

  /** A write failed: everything queued is tried again after `retryMs`. */
  retryLater(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.flush(), this.timing.retryMs);
  }

  /** A write is starting now: the ones the quiet time and the longest wait would start are not needed. */
  clearTimers(): void {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.maxWaitTimer);
    this.debounceTimer = undefined;
    this.maxWaitTimer = undefined;
  }

  getSaveState(): SaveState {
    return this.saveState;
  }

  /** Saving and saved are told once each time they begin; every failure is told, with its message. */
  setSaveState(state: SaveState): void {
    if (state.kind === this.saveState.kind && state.kind !== 'error') return;
    this.saveState = state;
    this.notify();
  }

  subscribeSaveState(listener: Listener): () => void {
    this.saveStateListeners.add(listener);
    return () => this.saveStateListeners.delete(listener);
  }

  /** Tells the save state's listeners to read again (the saved segments changed, too). */
  notify(): void {
    for (const listener of [...this.saveStateListeners]) listener();
  }

  private scheduleWrite(): void {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.flush(), this.timing.debounceMs);
    this.maxWaitTimer ??= setTimeout(() => this.flush(), this.timing.maxWaitMs);
  }
}
