import type { ReactNode } from 'react';
import {
  publishableSegments,
  type PublishableSegment,
  type UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import { htmlBlockOf, writeHtmlBody } from '../../domain/formats/publication/writeHtml';
import { KeyedListeners } from '../../domain/model/keyedListeners';
import type { Project } from '../../domain/model/project';
import type { Segment } from '../../domain/model/segment';
import type { SourceComment } from '../../domain/comments/sourceComment';
import type { SegmentStore } from '../../storage/segmentStore';
import { htmlBlocksToReact } from './htmlToReact';
import {
  CollectedFootnotes,
  endnotesHtml,
} from '../../domain/formats/publication/publicationFootnotes';
import { paragraphToHtml } from '../../domain/formats/publication/richTextToHtml';
import { FootnoteNumbering } from '../../domain/footnotes/footnoteNumbering';
import { footnotesOf } from '../../domain/footnotes/footnotes';
import type { RichTextDoc } from '../../domain/model/richText';

/** A measure per rebuild or update (`performance.getEntriesByName`), for the typing bench. */
export const previewRefreshMeasure = 'preview:refresh';

/** How long typing may pause before the preview follows; it follows at least this often. */
export const previewDelayMs = 150;
export const previewMaxWaitMs = 600;

type Listener = () => void;

/** The block of the translator's notes, after the text, under an id no segment has. */
export const endnotesBlockId = '#endnotes';

/**
 * The publication as the HTML export writes it (the same serializer: `writeHtmlBody`, and for
 * one segment `htmlBlockOf`), kept one segment at a time from the segments in memory (the live
 * editor's text, saved or not). The whole body is built once (and again when the choice for
 * gaps changes or a segment joins or leaves the publication); an edit re-serialises only its
 * segment, after a pause in typing, and only that block's view re-renders. Blocks are parsed
 * into elements when first shown.
 *
 * Translator's notes are numbered across the publication: a block's first number is the count
 * of notes in the blocks before it, kept per block in a Fenwick tree (`FootnoteNumbering`), so
 * an edit in a segment with notes re-serialises that block and the endnotes (as long as the
 * notes, not the project); adding or removing a note also renumbers the later blocks that have
 * notes, and nothing else.
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
  private readonly blockListeners = new KeyedListeners();
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstDirtyAt: number | null = null;
  private editingId: string | null = null;
  private draftShown: string | null = null;
  private stopStore: (() => void) | null = null;
  /** Notes per published block (by position in the publication), for their numbers. */
  private numbering = new FootnoteNumbering([]);
  /** The notes of each published block that has any, as shown. */
  private readonly notesById = new Map<string, RichTextDoc[]>();
  /** The published blocks with notes, in document order. */
  private withNotes: string[] = [];

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
    return this.blockListeners.add(id, listener);
  }

  /** A block's HTML as the export writes it (undefined for a segment not published). */
  htmlOf(id: string): string | undefined {
    return this.html.get(id);
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
    const touched = new Set<string>();
    let notesChanged = false;
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
      const notes = footnotesOf(piece.content).map((footnote) => footnote.attrs.note);
      if (notes.length > 0 || this.notesById.has(id)) {
        notesChanged = true;
        this.setNotes(id, index, notes);
        if (this.numbering.setCount(index, notes.length))
          // The notes after this block take other numbers.
          for (const later of this.withNotes.slice(this.withNotesAfter(index)))
            if (this.serialise(later)) touched.add(later);
      }
      if (this.serialise(id, piece)) touched.add(id);
    }
    if (notesChanged) this.refreshEndnotes(touched);
    this.noteDraft();
    performance.measure(previewRefreshMeasure, `${previewRefreshMeasure}:start`);
    for (const id of new Set([...touched, ...ids])) this.notifyBlock(id);
  }

  /** Writes a published segment's block again, its notes numbered from the notes before it. */
  private serialise(id: string, shown?: PublishableSegment): boolean {
    const index = this.indexById.get(id);
    const segment = this.store.get(id);
    if (index === undefined || !segment) return false;
    const piece =
      shown ?? publishableSegments([this.asShown(segment)], this.policy, this.placeholder)[0];
    if (!piece) return false;
    const numbered = this.notesById.has(id)
      ? new CollectedFootnotes(this.numbering.firstNumberAt(index))
      : undefined;
    const html = htmlBlockOf(piece, this.project.sourceLang, numbered);
    if (html === this.html.get(id)) return false;
    this.html.set(id, html);
    return true;
  }

  /** Keeps a block's notes, and the ordered list of the blocks that have any. */
  private setNotes(id: string, index: number, notes: RichTextDoc[]): void {
    const had = this.notesById.has(id);
    if (notes.length > 0) this.notesById.set(id, notes);
    else this.notesById.delete(id);
    if (had === notes.length > 0) return;
    const at = this.withNotesAfter(index - 1);
    if (notes.length > 0) this.withNotes.splice(at, 0, id);
    else this.withNotes.splice(at, 1);
  }

  /** Where in `withNotes` the first block after position `index` is (binary search). */
  private withNotesAfter(index: number): number {
    let low = 0;
    let high = this.withNotes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const at = this.indexById.get(this.withNotes[middle] ?? '') ?? -1;
      if (at <= index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The endnotes block from the notes of the blocks that have any, joining or leaving the order. */
  private refreshEndnotes(touched: Set<string>): void {
    const footnotes = new CollectedFootnotes();
    for (const id of this.withNotes)
      for (const note of this.notesById.get(id) ?? []) footnotes.add(note);
    const html = endnotesHtml(footnotes, (paragraph) => paragraphToHtml(paragraph)).trim();
    const shown = this.html.has(endnotesBlockId);
    if (html === (this.html.get(endnotesBlockId) ?? '')) return;
    touched.add(endnotesBlockId);
    if (html) this.html.set(endnotesBlockId, html);
    else this.html.delete(endnotesBlockId);
    if (shown === Boolean(html)) return;
    // The first note came or the last went: the endnotes block joins or leaves the order.
    if (html) {
      this.indexById.set(endnotesBlockId, this.order.length);
      this.order = [...this.order, endnotesBlockId];
    } else {
      this.indexById.delete(endnotesBlockId);
      this.order = this.order.filter((id) => id !== endnotesBlockId);
    }
    this.orderListeners.forEach((listener) => listener());
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
    this.numbering = new FootnoteNumbering(segmentBlocks.map((block) => block.notes.length));
    this.notesById.clear();
    this.withNotes = [];
    for (const block of segmentBlocks)
      if (block.notes.length > 0) {
        this.notesById.set(block.segmentId, block.notes);
        this.withNotes.push(block.segmentId);
      }
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
    this.blockListeners.notify(id);
  }
}

function isUnconfirmedEnglish(segment: Segment): boolean {
  return (
    (segment.status === 'draft' || segment.status === 'untranslated') &&
    segment.translationText.trim() !== ''
  );
}
