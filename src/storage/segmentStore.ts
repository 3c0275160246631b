import type { Segment } from '../domain/model/segment';
import { commentsFitting } from '../domain/comments/restoreComments';
import { statusAfterEdit } from '../domain/model/statusAfterEdit';
import type { ProgressFigures } from '../domain/progress/progressTally';
import { keepingMine, SegmentConflicts } from './conflicts';
import type { WorkspaceDb } from './db';
import { loadSegments, saveSegmentPatches, type SegmentPatch } from './repositories/segments';
import { withSaveLock } from './saveLock';
import { defaultTiming, SaveQueue, type SaveState, type SegmentStoreTiming } from './saveQueue';
import { SegmentCache } from './segmentCache';
import { projectChannelName, TabSync } from './tabSync';
import { UnsavedEdits } from './unsavedEdits';
import { WriteAheadLog, type SetAsideEdit, type WalEntry } from './writeAheadLog';

export type { SaveState, SegmentStoreTiming };

type Listener = () => void;

/** A segment just written to IndexedDB, with the edit that was written. */
export interface WrittenSegment {
  segment: Segment;
  patch: SegmentPatch;
}
type WriteListener = (written: readonly WrittenSegment[]) => void;

/**
 * The open project's segments in memory, with a write-behind queue to IndexedDB.
 *
 * Edits apply here at once and reach the database within `debounceMs` of the last one, in
 * order, and are kept (and retried) when a write fails, so no edit is lost while the tab lives.
 * The store puts together the parts that do each job: the segments in memory and their figures
 * (`SegmentCache`), the edits not yet confirmed and their write-ahead log (`UnsavedEdits`), when
 * writes happen and the save state (`SaveQueue`), the versions saves compare and the other tab's
 * edits kept beside this one's (`SegmentConflicts`), and the other tabs (`TabSync`).
 */
export class SegmentStore {
  readonly ids: readonly string[];
  private readonly cache: SegmentCache;
  private readonly writeListeners = new Set<WriteListener>();
  private readonly edits: UnsavedEdits;
  private readonly saves: SaveQueue;
  private readonly conflicts: SegmentConflicts;
  private readonly tabs: TabSync;

  private constructor(
    private readonly db: WorkspaceDb,
    readonly projectId: string,
    segments: Segment[],
    timing: SegmentStoreTiming,
    private readonly log: WriteAheadLog,
  ) {
    // The timers start writes through `flush`, so every write begins in one place.
    this.saves = new SaveQueue(timing, () => void this.flush());
    this.tabs = new TabSync(db, projectId);
    this.edits = new UnsavedEdits(log);
    this.cache = new SegmentCache(segments);
    this.ids = this.cache.ids;
    this.conflicts = new SegmentConflicts(segments);
  }

  /** Loads a project's segments and replays edits a closed or crashed tab had not written. */
  static async open(
    db: WorkspaceDb,
    projectId: string,
    timing: Partial<SegmentStoreTiming> = {},
  ): Promise<SegmentStore> {
    const segments = await loadSegments(db, projectId);
    const log = new WriteAheadLog(db.name, projectId);
    await log.hold();
    const store = new SegmentStore(db, projectId, segments, { ...defaultTiming, ...timing }, log);
    store.replay(await log.adoptAll());
    store.tabs.listen((rows) => store.applyExternal(rows));
    return store;
  }

  private get lockName(): string {
    return projectChannelName(this.db.name, this.projectId);
  }

  /** Stops listening to other tabs and gives up the write-ahead log: call once flushed. */
  close(): void {
    this.tabs.close();
    this.log.release();
  }

  /**
   * Segments another tab saved: shown at once, or, where this tab has unsaved edits of its own,
   * both versions kept for the translator to choose.
   */
  applyExternal(rows: readonly Segment[]): void {
    let replaced = false;
    for (const row of rows) {
      if (!this.conflicts.isNewer(row)) continue;
      if (this.edits.has(row.id)) {
        this.conflicts.add(row);
      } else {
        this.cache.put(row);
        this.conflicts.basedOn(row.id, row.updatedAt);
        this.cache.bumpExternalRevision(row.id);
        replaced = true;
      }
      this.cache.notifySegment(row.id);
    }
    if (replaced) this.savedChanged();
  }

  getExternalRevision(id: string): number {
    return this.cache.getExternalRevision(id);
  }

  /** The revision a segment has in storage: what an export writes, what an import compares. */
  storedRevision(id: string): number | undefined {
    return this.conflicts.storedRevision(id);
  }

  /**
   * Writes an import's changes in one transaction, after this tab's own queued edits: all of
   * them, and whatever `alsoWrite` adds, or, if anything fails, none (the error reaches the caller). Rows show the new text at
   * once and live editors reload. A segment another tab saved meanwhile is left alone and named.
   */
  async applyImport<T>(
    patches: ReadonlyMap<string, SegmentPatch>,
    /** More of the same import (its glossary terms), written in the same transaction. */
    alsoWrite: () => Promise<T>,
    options: { separateRevisions?: boolean } = {},
  ): Promise<{ written: number; changedElsewhere: string[]; also: T }> {
    await this.flushOrFail();
    const { db } = this;
    const tables = [db.segments, db.projects, db.revisions, db.glossary];
    const { written, conflicts, also } = await withSaveLock(this.lockName, () =>
      db.transaction('rw', tables, async () => {
        const outcome = await saveSegmentPatches(
          db,
          this.projectId,
          patches,
          this.conflicts.baseVersions,
          options,
        );
        return { ...outcome, also: await alsoWrite() };
      }),
    );
    for (const [id, version] of written) {
      const current = this.cache.get(id);
      if (!current) continue;
      this.cache.put({ ...current, ...patches.get(id), updatedAt: version });
      this.conflicts.basedOn(id, version);
      this.cache.bumpExternalRevision(id);
      this.cache.notifySegment(id);
    }
    if (written.size > 0) {
      this.tabs.announce([...written.keys()]);
      this.savedChanged();
      this.notifyWrites(written.keys(), patches);
    }
    return {
      written: written.size,
      changedElsewhere: conflicts.map((segment) => segment.id),
      also,
    };
  }

  /**
   * Writes edits made to many segments at once outside the editors (a replace-all, its undo) in
   * one transaction, each changed segment with a revision of its own; see `applyImport`.
   */
  async applyBulkEdit(
    patches: ReadonlyMap<string, SegmentPatch>,
  ): Promise<{ written: number; changedElsewhere: string[] }> {
    const { written, changedElsewhere } = await this.applyImport(patches, () => Promise.resolve(), {
      separateRevisions: true,
    });
    return { written, changedElsewhere };
  }

  /** Calls `listener` with the id of every segment that changes in memory, however it changed. */
  subscribeChanges(listener: (id: string) => void): () => void {
    return this.cache.subscribeChanges(listener);
  }

  getConflict(id: string): Segment | undefined {
    return this.conflicts.get(id);
  }

  /** Settles a conflict: keep this tab's edit (written over theirs) or take the other tab's. */
  resolveConflict(id: string, keep: 'mine' | 'theirs'): void {
    const theirs = this.conflicts.get(id);
    const mine = this.cache.get(id);
    if (!theirs || !mine) return;
    this.conflicts.settle(theirs);
    if (keep === 'mine') {
      this.edits.replaceQueued(id, keepingMine(mine));
      this.cache.notifySegment(id);
      void this.flush();
      return;
    }
    this.cache.put(theirs);
    this.cache.bumpExternalRevision(id);
    this.savedChanged();
    this.edits.discard(id);
    this.edits.persist();
    this.cache.notifySegment(id);
    if (!this.hasUnwrittenEdits()) this.saves.setSaveState({ kind: 'saved' });
  }

  private replay(entries: Map<string, WalEntry>): void {
    const unknown = [...entries].filter(([id]) => !this.cache.has(id));
    this.log.setAside(
      unknown.map(([segmentId, entry]) => ({ segmentId, entry, reason: 'unknownSegment' })),
    );
    for (const [id, { patch, at }] of entries) {
      const segment = this.cache.get(id);
      if (!segment || segment.updatedAt > at) continue;
      if (patch.comments) patch.comments = commentsFitting(patch.comments, segment.source);
      this.cache.put({ ...segment, ...patch, updatedAt: at });
      this.edits.restore(id, patch, at);
    }
    this.edits.persist();
    if (!this.edits.anyQueued()) return;
    void this.flush();
  }

  /** Unsaved edits found in the log that could not be applied, not yet dismissed by the translator. */
  getSetAsideEdits(): SetAsideEdit[] {
    return this.log.setAsideEdits().filter((edit) => !edit.dismissed);
  }

  /** The translator has been told about a set-aside edit; it stays in storage. */
  dismissSetAside(id: string): void {
    this.log.dismissSetAside(id);
  }

  get(id: string): Segment | undefined {
    return this.cache.get(id);
  }

  indexOf(id: string): number {
    return this.cache.indexOf(id);
  }

  /** Progress and per-status figures, updated one segment at a time. */
  getProgress(): ProgressFigures {
    return this.cache.progress();
  }

  getSaveState(): SaveState {
    return this.saves.getSaveState();
  }

  /** Every segment as it is now, saved or not: for a rescue download when storage fails. */
  currentSegments(): Segment[] {
    return this.cache.current();
  }

  /**
   * All segments as of the last completed write: a new array after each write, the same one in
   * between, for views that summarise the project without following every keystroke.
   */
  getSavedSnapshot(): readonly Segment[] {
    return this.cache.getSavedSnapshot();
  }

  /** Applies an edit now and queues it for saving. A translation edit also updates the status. */
  update(id: string, patch: SegmentPatch): void {
    if (!this.apply(id, patch)) return;
    this.edits.persist();
    this.saves.edited();
  }

  /**
   * Edits made outside the editor to many segments at once (Pre-translate, its Undo): one log
   * write and one save for all of them; live editors reload.
   */
  replaceMany(patches: ReadonlyMap<string, SegmentPatch>): void {
    let applied = false;
    for (const [id, patch] of patches) {
      if (!this.apply(id, patch)) continue;
      applied = true;
      this.cache.bumpExternalRevision(id);
      this.cache.notifySegment(id);
    }
    if (!applied) return;
    this.edits.persist();
    this.saves.edited();
  }

  private apply(id: string, patch: SegmentPatch): boolean {
    const current = this.cache.get(id);
    if (!current) return false;
    const effective: SegmentPatch = { ...patch };
    const textChanged =
      patch.translationText !== undefined && patch.translationText !== current.translationText;
    if (textChanged && patch.status === undefined) {
      effective.status = statusAfterEdit(current.status, patch.translationText ?? '');
    }
    // English the translator edits or confirms is theirs: it no longer came from the memory.
    if (current.fill && patch.fill === undefined && (textChanged || patch.status !== undefined)) {
      effective.fill = null;
    }
    const next: Segment = { ...current, ...effective, updatedAt: Date.now() };
    this.cache.put(next);
    this.edits.add(id, effective, next.updatedAt);
    this.cache.notifySegment(id);
    return true;
  }

  /** An edit made outside the editor (restoring a saved version): a live editor reloads it. */
  replace(id: string, patch: SegmentPatch): void {
    this.update(id, patch);
    this.cache.bumpExternalRevision(id);
    this.cache.notifySegment(id);
  }

  /**
   * Writes every queued edit now and fails if any could not be written: for work (an export,
   * an import) that must start from everything the translator typed.
   */
  async flushOrFail(): Promise<void> {
    await this.flush();
    const state = this.saves.getSaveState();
    if (this.hasUnwrittenEdits() && state.kind === 'error') throw new Error(state.message);
  }

  /** Writes every queued edit now; resolves once the attempt is over (see `flushOrFail`). */
  flush(): Promise<void> {
    this.saves.clearTimers();
    // Edits of a segment in conflict wait for the translator's choice.
    const batch = this.edits.takeBatch((id) => this.conflicts.has(id));
    if (batch.size === 0) return this.saves.settled();
    return this.saves.enqueue(() => this.write(batch));
  }

  subscribeSegment(id: string, listener: Listener): () => void {
    return this.cache.subscribeSegment(id, listener);
  }

  subscribeProgress(listener: Listener): () => void {
    return this.cache.subscribeProgress(listener);
  }

  /** Called after each successful write with the segments written (translation memory, repetitions). */
  subscribeWrites(listener: WriteListener): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private notifyWrites(ids: Iterable<string>, patches: ReadonlyMap<string, SegmentPatch>): void {
    if (this.writeListeners.size === 0) return;
    const written: WrittenSegment[] = [];
    for (const id of ids) {
      const segment = this.cache.get(id);
      if (segment) written.push({ segment, patch: patches.get(id) ?? {} });
    }
    for (const listener of [...this.writeListeners]) {
      try {
        listener(written);
      } catch (error) {
        // A listener's failure is not a failed write: report it without touching the queue.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  subscribeSaveState(listener: Listener): () => void {
    return this.saves.subscribeSaveState(listener);
  }

  private async write(batch: Map<string, SegmentPatch>): Promise<void> {
    try {
      const { written, conflicts } = await withSaveLock(this.lockName, async () => {
        const outcome = await saveSegmentPatches(
          this.db,
          this.projectId,
          batch,
          this.conflicts.baseVersions,
        );
        if (outcome.written.size > 0) this.tabs.announce([...outcome.written.keys()]);
        return outcome;
      });
      this.saves.writeEnded();
      for (const [id, version] of written) {
        this.conflicts.basedOn(id, version);
        this.edits.confirmed(id);
      }
      for (const theirs of conflicts) {
        this.conflicts.add(theirs);
        this.edits.requeue(theirs.id, batch.get(theirs.id) ?? {});
        this.cache.notifySegment(theirs.id);
      }
      this.edits.persist();
      this.savedChanged();
      if (!this.hasUnwrittenEdits()) this.saves.setSaveState({ kind: 'saved' });
      this.notifyWrites(written.keys(), batch);
    } catch (error) {
      this.saves.writeEnded();
      // Put the batch back under any newer edits, so a retry writes the latest text.
      for (const [id, patch] of batch) this.edits.requeue(id, patch);
      this.saves.setSaveState({ kind: 'error', message: errorMessage(error) });
      // The browser may close the database under us (storage pressure, a cleared site): the
      // retry then needs it open again. Opening an open database is a no-op.
      if (!this.db.isOpen()) void this.db.open().catch(() => undefined);
      this.saves.retryLater();
    }
  }

  /** Edits still to be written, leaving out those waiting on a conflict to be settled. */
  private hasUnwrittenEdits(): boolean {
    if (this.saves.writing) return true;
    return this.edits.anyQueued((id) => this.conflicts.has(id));
  }

  /** The saved state changed (a write, another tab, an import): summaries read it again. */
  private savedChanged(): void {
    this.cache.savedChanged();
    this.saves.notify();
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
