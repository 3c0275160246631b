import { useSyncExternalStore } from 'react';
import type { SourceComment } from '../../domain/comments/sourceComment';
import type { SegmentStore } from '../../storage/segmentStore';

export interface ListedComment {
  segmentId: string;
  /** 1-based, as the rows number segments. */
  number: number;
  comment: SourceComment;
}

/**
 * Every comment of the open project, kept one segment at a time: the store says which segment
 * changed, and only a change of that segment's comments (an identity check) counts, so typing a
 * translation costs one comparison whatever the size of the project.
 */
class CommentIndex {
  private readonly bySegment = new Map<string, readonly SourceComment[]>();
  private readonly listeners = new Set<() => void>();
  private listed: ListedComment[] | null = null;
  private version = 0;

  constructor(private readonly store: SegmentStore) {
    for (const id of store.ids) {
      const comments = store.get(id)?.comments;
      if (comments?.length) this.bySegment.set(id, comments);
    }
    store.subscribeChanges((id) => {
      const comments = store.get(id)?.comments;
      if ((comments?.length ? comments : undefined) === this.bySegment.get(id)) return;
      if (comments?.length) this.bySegment.set(id, comments);
      else this.bySegment.delete(id);
      this.listed = null;
      this.version += 1;
      for (const listener of [...this.listeners]) listener();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** In document order; the same array until a comment changes. */
  list(): ListedComment[] {
    this.listed ??= [...this.bySegment]
      .map(([segmentId, comments]) => ({
        segmentId,
        index: this.store.indexOf(segmentId),
        comments,
      }))
      .sort((a, b) => a.index - b.index)
      .flatMap(({ segmentId, index, comments }) =>
        comments.map((comment) => ({ segmentId, number: index + 1, comment })),
      );
    return this.listed;
  }
}

const indexes = new WeakMap<SegmentStore, CommentIndex>();

function commentIndexOf(store: SegmentStore): CommentIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new CommentIndex(store);
    indexes.set(store, index);
  }
  return index;
}

/** The project's comments in document order, re-rendering only when a comment changes. */
export function useProjectComments(store: SegmentStore): ListedComment[] {
  const index = commentIndexOf(store);
  useSyncExternalStore(index.subscribe, index.getVersion);
  return index.list();
}
