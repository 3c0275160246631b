import type { ReactNode } from 'react';
import {
  publishableSegments,
  type UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import { htmlBlockOf, writeHtmlBody } from '../../domain/formats/publication/writeHtml';
import type { Project } from '../../domain/model/project';
import type { Segment } from '../../domain/model/segment';
import type { SourceComment } from '../../domain/comments/sourceComment';
import type { SegmentStore } from '../../storage/segmentStore';
import { htmlBlocksToReact } from './htmlToReact';
import { endnotesHtml } from '../../domain/formats/publication/publicationFootnotes';
import { paragraphToHtml } from '../../domain/formats/publication/richTextToHtml';
import { hasFootnote } from '../../domain/formats/xliff/xliffFootnotes';

/** A measure per rebuild or update (`performance.getEntriesByName`), for the typing bench. */
export const previewRefreshMeasure = 'preview:refresh';

/** How long typing may pause before the preview follows; it follows at least this often. */
export const previewDelayMs = 150;
export const previewMaxWaitMs = 600;

type Listener = () => void;

/** The block of the translator's notes, after the text, under an id no segment has. */
const endnotesBlockId = '#endnotes';
const footnoteRefClass = 'class="footnote-ref"';

/**
 * The publication as the HTML export writes it (the same serializer: `writeHtmlBody`, and for
 * one segment `htmlBlockOf`), kept one segment at a time from the segments in memory (the live
 * editor's text, saved or not). The whole body is built once (and again when the choice for
 * gaps changes or a segment joins or leaves the publication); an edit re-serialises only its
 * segment, after a pause in typing, and only that block's view re-renders. Blocks are parsed
 * into elements when first shown.
 *
 * One exception to "as exported": typing makes a segment a draft, which the export treats as a
 * gap, so the segment being edited shows its English while it has some (`editingDraft`).
 */
export class PublicationPreview {
  private order: readonly string[] = [];
  private readonly indexById = new Map<string, number>();
  private readonly html = new Map<string, string>();
  private readonly parsed = new Map<string, { html: string; node: ReactNode }>();
  private readonly orderListeners = new Set<Listener>();
  private readonly blockListeners = new Map<string, Set<Listener>>();
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstDirtyAt: number | null = null;
  private editingId: string | null = null;
  private draftShown: string | null = null;
  private stopStore: (() => void) | null = null;

  constructor(
    private readonly store: SegmentStore,
    private readonly project: Project,
    private readonly policy: UntranslatedPolicy,
    private readonly placeholder: string,
  ) {}

  /** Follows the store until the returned function is called. */
  start(): () => void {
    this.rebuild();
    this.stopStore = this.store.subscribeChanges((id) => this.changed(id));
    return () => {
      this.stopStore?.();
      this.stopStore = null;
      clearTimeout(this.timer);
    };
  }

  /** The segment being edited (its unconfirmed English is shown), or none. */
  setEditing(id: string | null): void {
    if (id === this.editingId) return;
    const before = this.editingId;
    this.editingId = id;
    if (before !== null) this.changed(before);
    if (id !== null) this.changed(id);
  }

  /** The ids of the published segments, in order: a new array only when that changes. */
  getOrder = (): readonly string[] => this.order;

  subscribeOrder = (listener: Listener): (() => void) => {
    this.orderListeners.add(listener);
    return () => this.orderListeners.delete(listener);
  };

  subscribeBlock(id: string, listener: Listener): () => void {
    let listeners = this.blockListeners.get(id);
    if (!listeners) {
      listeners = new Set();
      this.blockListeners.set(id, listeners);
    }
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** A block as elements, parsed once per version of its HTML. */
  nodeOf(id: string): ReactNode {
    const html = this.html.get(id);
    if (html === undefined) return null;
    const known = this.parsed.get(id);
    if (known?.html === html) return known.node;
    const [node] = htmlBlocksToReact([html]);
    this.parsed.set(id, { html, node });
    return node;
  }

  /** Parses the blocks not yet parsed in one go (before printing them all); true when done. */
  parseAll(): true {
    const missing = this.order.filter((id) => this.parsed.get(id)?.html !== this.html.get(id));
    const nodes = htmlBlocksToReact(missing.map((id) => this.html.get(id) ?? ''));
    missing.forEach((id, at) =>
      this.parsed.set(id, { html: this.html.get(id) ?? '', node: nodes[at] }),
    );
    return true;
  }

  /** The published segment that stands for `id`: itself, or the next one the publication keeps. */
  shownFor(id: string | null): string | null {
    if (id === null) return null;
    const { ids } = this.store;
    for (let index = this.store.indexOf(id); index >= 0 && index < ids.length; index++) {
      const candidate = ids[index];
      if (candidate !== undefined && this.indexById.has(candidate)) return candidate;
    }
    return null;
  }

  indexOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  /** The segment shown with its unconfirmed English, if any. */
  /** The segment's comments (the same array until they change), for the notes beside its block. */
  commentsOf(id: string): readonly SourceComment[] | undefined {
    return this.store.get(id)?.comments;
  }

  editingDraft(): string | null {
    return this.draftShown;
  }

  private changed(id: string): void {
    this.dirty.add(id);
    const now = performance.now();
    this.firstDirtyAt ??= now;
    clearTimeout(this.timer);
    const wait = Math.min(previewDelayMs, Math.max(0, this.firstDirtyAt + previewMaxWaitMs - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.firstDirtyAt = null;
    const ids = [...this.dirty];
    this.dirty.clear();
    performance.mark(`${previewRefreshMeasure}:start`);
    const touched: string[] = [];
    for (const id of ids) {
      const segment = this.store.get(id);
      if (!segment) continue;
      const [piece] = publishableSegments([this.asShown(segment)], this.policy, this.placeholder);
      const index = this.indexById.get(id);
      // Joining or leaving the publication moves the others (and maybe the title): rebuild.
      if ((piece === undefined) !== (index === undefined)) {
        this.rebuild();
        return;
      }
      if (piece === undefined || index === undefined) continue;
      // Notes are numbered across the document and listed at its end: a segment that has or had
      // one changes more than its own block.
      if (hasFootnote(piece.content) || this.html.get(id)?.includes(footnoteRefClass)) {
        this.rebuild();
        return;
      }
      const html = htmlBlockOf(piece, this.project.sourceLang);
      if (html !== this.html.get(id)) {
        this.html.set(id, html);
        touched.push(id);
      }
    }
    this.noteDraft();
    performance.measure(previewRefreshMeasure, `${previewRefreshMeasure}:start`);
    for (const id of new Set([...touched, ...ids])) this.notifyBlock(id);
  }

  private rebuild(): void {
    performance.mark(`${previewRefreshMeasure}:start`);
    const segments = this.store.currentSegments();
    const editing = this.editingId === null ? undefined : this.store.get(this.editingId);
    if (editing) segments[this.store.indexOf(editing.id)] = this.asShown(editing);
    const { blocks: segmentBlocks, footnotes } = writeHtmlBody(
      { project: this.project, segments, glossary: [] },
      this.policy,
      this.placeholder,
    );
    const endnotes = endnotesHtml(footnotes, (paragraph) => paragraphToHtml(paragraph)).trim();
    // The endnotes follow the text as one more block.
    const blocks = endnotes
      ? [...segmentBlocks, { segmentId: endnotesBlockId, html: endnotes }]
      : segmentBlocks;
    const changed: string[] = [];
    this.indexById.clear();
    blocks.forEach((block, index) => {
      this.indexById.set(block.segmentId, index);
      if (this.html.get(block.segmentId) !== block.html) changed.push(block.segmentId);
      this.html.set(block.segmentId, block.html);
    });
    for (const id of this.html.keys()) if (!this.indexById.has(id)) this.html.delete(id);
    this.order = blocks.map((block) => block.segmentId);
    this.noteDraft();
    performance.measure(previewRefreshMeasure, `${previewRefreshMeasure}:start`);
    this.orderListeners.forEach((listener) => listener());
    for (const id of changed) this.notifyBlock(id);
  }

  private asShown(segment: Segment): Segment {
    return segment.id === this.editingId && isUnconfirmedEnglish(segment)
      ? { ...segment, status: 'translated' }
      : segment;
  }

  private noteDraft(): void {
    const editing = this.editingId === null ? undefined : this.store.get(this.editingId);
    const draft = editing && isUnconfirmedEnglish(editing) ? editing.id : null;
    if (draft === this.draftShown) return;
    const before = this.draftShown;
    this.draftShown = draft;
    if (before !== null) this.notifyBlock(before);
    if (draft !== null) this.notifyBlock(draft);
  }

  private notifyBlock(id: string): void {
    this.blockListeners.get(id)?.forEach((listener) => listener());
  }
}

function isUnconfirmedEnglish(segment: Segment): boolean {
  return (
    (segment.status === 'draft' || segment.status === 'untranslated') &&
    segment.translationText.trim() !== ''
  );
}
