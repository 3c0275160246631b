import { randomId } from '../model/randomId';

export const commentStatuses = ['open', 'resolved'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

/** Where a comment sits in the stored (cleaned) source: UTF-16 offsets, as readings use. */
export interface CommentSpan {
  offset: number;
  length: number;
}

export interface CommentReply {
  id: string;
  author: string;
  /** Epoch milliseconds. */
  createdAt: number;
  text: string;
}

/**
 * A query about the source (for the client), kept on its segment. `span` is null for a comment
 * on the whole segment: another tool's XLIFF 1.2 `<note annotates="source">` says no more.
 */
export interface SourceComment {
  id: string;
  span: CommentSpan | null;
  /** The commented text as it was in the stored source (the whole source without a span). */
  quote: string;
  text: string;
  author: string;
  createdAt: number;
  status: CommentStatus;
  replies: CommentReply[];
}

export function isCommentStatus(value: unknown): value is CommentStatus {
  return typeof value === 'string' && (commentStatuses as readonly string[]).includes(value);
}

export function newComment(
  source: string,
  span: CommentSpan,
  text: string,
  author: string,
  now: number,
): SourceComment {
  return {
    id: randomId(),
    span,
    quote: source.slice(span.offset, span.offset + span.length),
    text,
    author,
    createdAt: now,
    status: 'open',
    replies: [],
  };
}

/** The comments after one change to the comment `id`; the others keep their identity. */
export function changeComment(
  comments: readonly SourceComment[],
  id: string,
  change: (comment: SourceComment) => SourceComment | null,
): SourceComment[] {
  return comments.flatMap((comment) => {
    if (comment.id !== id) return [comment];
    return change(comment) ?? [];
  });
}

export function withReply(comment: SourceComment, reply: Omit<CommentReply, 'id'>): SourceComment {
  return { ...comment, replies: [...comment.replies, { id: randomId(), ...reply }] };
}

/**
 * Comments read from a file joined to those already here: a comment or reply not here is added,
 * one here is kept as it is (its status is the translator's). Nothing is ever removed, so a
 * merge cannot lose a query. Null when the file adds nothing.
 */
export function mergeComments(
  mine: readonly SourceComment[],
  theirs: readonly SourceComment[],
): SourceComment[] | null {
  const byId = new Map(mine.map((comment) => [comment.id, comment]));
  let changed = false;
  const merged = [...mine];
  for (const comment of theirs) {
    const here = byId.get(comment.id) ?? sameComment(mine, comment);
    if (!here) {
      merged.push(comment);
      changed = true;
      continue;
    }
    const known = new Set(here.replies.map((reply) => reply.id));
    const added = comment.replies.filter((reply) => !known.has(reply.id));
    if (added.length === 0) continue;
    merged[merged.indexOf(here)] = { ...here, replies: [...here.replies, ...added] };
    changed = true;
  }
  return changed ? merged : null;
}

/** A comment from another tool has no id of ours: the same author, text and span is the same. */
function sameComment(
  mine: readonly SourceComment[],
  comment: SourceComment,
): SourceComment | undefined {
  return mine.find(
    (here) =>
      here.text === comment.text &&
      here.author === comment.author &&
      here.quote === comment.quote &&
      (here.span?.offset ?? -1) === (comment.span?.offset ?? -1),
  );
}

/** The offsets of the whole selection in a displayed text mapped back to the stored source. */
export function spanInSource(
  source: string,
  displayed: string,
  start: number,
  end: number,
): CommentSpan | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(displayed.length, Math.max(start, end));
  // A double or triple click selects the space or line end next to the words as well.
  while (from < to && /\s/.test(displayed[from] ?? '')) from += 1;
  while (to > from && /\s/.test(displayed[to - 1] ?? '')) to -= 1;
  if (to <= from) return null;
  // opencc-js converts character by character in the views offered (no phrase tables), so a
  // displayed text as long as the source has the same offsets.
  if (displayed.length === source.length) return { offset: from, length: to - from };
  const selected = displayed.slice(from, to);
  const found = source.indexOf(selected);
  return found < 0 ? null : { offset: found, length: selected.length };
}
