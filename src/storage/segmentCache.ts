import { KeyedListeners } from '../domain/model/keyedListeners';
import type { Segment } from '../domain/model/segment';
import { ProgressTally, type ProgressFigures } from '../domain/progress/progressTally';

type Listener = () => void;

/**
 * The open project's segments in memory, in document order, with the figures kept from them.
 *
 * Rows subscribe to their own segment, so a keystroke re-renders one row, not 5,000; the whole
 * list is read from IndexedDB once, when the project opens.
 */
export class SegmentCache {
  readonly ids: readonly string[];
  private readonly indexById: ReadonlyMap<string, number>;
  private readonly byId = new Map<string, Segment>();
  private readonly segmentListeners = new KeyedListeners();
  private readonly progressListeners = new Set<Listener>();
  private readonly changeListeners = new Set<(id: string) => void>();
  private readonly tally: ProgressTally;
  /** Counts replacements of a segment by another tab's version, so live editors reload. */
  private readonly externalRevisions = new Map<string, number>();
  private savedSnapshot: { version: number; segments: readonly Segment[] } | null = null;
  private savedVersion = 0;

  constructor(segments: readonly Segment[]) {
    this.ids = segments.map((segment) => segment.id);
    this.indexById = new Map(this.ids.map((id, index) => [id, index]));
    for (const segment of segments) this.byId.set(segment.id, segment);
    this.tally = new ProgressTally(segments);
  }

  get(id: string): Segment | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  indexOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  /** Every segment as it is now, saved or not. */
  current(): Segment[] {
    return this.ids.flatMap((id) => this.byId.get(id) ?? []);
  }

  /** Every change of a segment in memory goes through here, so the figures follow it. */
  put(next: Segment): void {
    const before = this.byId.get(next.id);
    this.byId.set(next.id, next);
    if (before && this.tally.replace(before, next)) notify(this.progressListeners);
    for (const listener of [...this.changeListeners]) listener(next.id);
  }

  /** Tells the rows showing this segment to read it again. */
  notifySegment(id: string): void {
    this.segmentListeners.notify(id);
  }

  subscribeSegment(id: string, listener: Listener): () => void {
    return this.segmentListeners.add(id, listener);
  }

  /** Calls `listener` with the id of every segment that changes in memory, however it changed. */
  subscribeChanges(listener: (id: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Progress and per-status figures, updated one segment at a time. */
  progress(): ProgressFigures {
    return this.tally.figures();
  }

  subscribeProgress(listener: Listener): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  getExternalRevision(id: string): number {
    return this.externalRevisions.get(id) ?? 0;
  }

  /** The segment was replaced from outside its editor: a live editor showing it reloads. */
  bumpExternalRevision(id: string): void {
    this.externalRevisions.set(id, this.getExternalRevision(id) + 1);
  }

  /**
   * All segments as of the last completed write: a new array after each write, the same one in
   * between, for views that summarise the project without following every keystroke.
   */
  getSavedSnapshot(): readonly Segment[] {
    if (this.savedSnapshot?.version !== this.savedVersion) {
      this.savedSnapshot = { version: this.savedVersion, segments: this.current() };
    }
    return this.savedSnapshot.segments;
  }

  /** The saved state changed (a write, another tab, an import): the next snapshot is new. */
  savedChanged(): void {
    this.savedVersion += 1;
  }
}

function notify(listeners: Set<Listener> | undefined): void {
  if (!listeners) return;
  for (const listener of [...listeners]) listener();
}
