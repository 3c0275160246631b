import type { SegmentPatch } from './repositories/segments';
import type { WalEntry, WriteAheadLog } from './writeAheadLog';

/**
 * This tab's edits that IndexedDB has not confirmed: those queued for the next write, and every
 * one not yet confirmed (queued or being written), mirrored in the write-ahead log so that a tab
 * closed or killed before the write loses none.
 */
export class UnsavedEdits {
  private readonly pending = new Map<string, SegmentPatch>();
  /** Every edit not yet confirmed by IndexedDB (pending or being written), mirrored in the log. */
  private readonly unsaved = new Map<string, WalEntry>();

  constructor(private readonly log: WriteAheadLog) {}

  /** An edit made at `at`: queued for the next write over what was queued, and kept for the log. */
  add(id: string, effective: SegmentPatch, at: number): void {
    this.pending.set(id, { ...this.pending.get(id), ...effective });
    // The log keeps the translator's text; where it came from is not worth refusing an entry for.
    const logged = { ...effective };
    delete logged.fill;
    this.unsaved.set(id, {
      patch: { ...this.unsaved.get(id)?.patch, ...logged },
      at,
    });
  }

  /** An edit found in the log of a closed tab: queued again as it was. */
  restore(id: string, patch: SegmentPatch, at: number): void {
    this.pending.set(id, { ...patch });
    this.unsaved.set(id, { patch, at });
  }

  /** Queues `patch` in place of whatever was queued for the segment. */
  replaceQueued(id: string, patch: SegmentPatch): void {
    this.pending.set(id, patch);
  }

  /** Queues an edit that was not written again, under any newer one for the same segment. */
  requeue(id: string, patch: SegmentPatch): void {
    this.pending.set(id, { ...patch, ...this.pending.get(id) });
  }

  /** Forgets the segment's edits: the translator gave them up. */
  discard(id: string): void {
    this.pending.delete(id);
    this.unsaved.delete(id);
  }

  /** Takes the queued edits for a write, leaving queued those `held` keeps back. */
  takeBatch(held: (id: string) => boolean): Map<string, SegmentPatch> {
    const batch = new Map([...this.pending].filter(([id]) => !held(id)));
    for (const id of batch.keys()) this.pending.delete(id);
    return batch;
  }

  /** IndexedDB has the segment's edit: it is saved, unless edited again since it was taken. */
  confirmed(id: string): void {
    if (!this.pending.has(id)) this.unsaved.delete(id);
  }

  /** The segment has an edit queued or not yet confirmed. */
  has(id: string): boolean {
    return this.pending.has(id) || this.unsaved.has(id);
  }

  /** An edit is queued that `held` does not keep back. */
  anyQueued(held: (id: string) => boolean = () => false): boolean {
    for (const id of this.pending.keys()) if (!held(id)) return true;
    return false;
  }

  /** Writes the unconfirmed edits to the log, synchronously (an empty log is removed). */
  persist(): void {
    this.log.write(this.unsaved);
  }
}
