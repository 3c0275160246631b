import { Invalid, isRecord, number, string } from '../formats/projectFile/projectFile';
import { isCommentStatus, type CommentReply, type SourceComment } from './sourceComment';

/**
 * A segment's comments as a project file or the database holds them: every field checked, a
 * span that does not fit the source refused (the row would highlight the wrong characters).
 * The quote of a comment with a span is taken from the source, so it cannot say otherwise. A
 * write-ahead-log entry is read without its segment (`source` null): its spans are checked
 * when it is applied (see `commentsFitting`).
 */
export function restoreComments(
  value: unknown,
  path: string,
  source: string | null,
): SourceComment[] {
  if (!Array.isArray(value)) throw new Invalid(path);
  const ids = new Set<string>();
  return value.map((item, index) => {
    const comment = restoreComment(item, `${path}[${index}]`, source);
    if (ids.has(comment.id)) throw new Invalid(`${path}[${index}].id`);
    ids.add(comment.id);
    return comment;
  });
}

function restoreComment(value: unknown, path: string, source: string | null): SourceComment {
  if (!isRecord(value)) throw new Invalid(path);
  const id = string(value.id, `${path}.id`);
  if (id === '') throw new Invalid(`${path}.id`);
  let span: SourceComment['span'] = null;
  if (value.span !== null && value.span !== undefined) {
    if (!isRecord(value.span)) throw new Invalid(`${path}.span`);
    const offset = number(value.span.offset, `${path}.span.offset`);
    const length = number(value.span.length, `${path}.span.length`);
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      offset < 0 ||
      length < 1 ||
      (source !== null && offset + length > source.length)
    )
      throw new Invalid(`${path}.span`);
    span = { offset, length };
  }
  const quote =
    span && source !== null
      ? source.slice(span.offset, span.offset + span.length)
      : string(value.quote ?? source ?? '', `${path}.quote`);
  const text = string(value.text, `${path}.text`);
  const author = string(value.author, `${path}.author`);
  const createdAt = number(value.createdAt, `${path}.createdAt`);
  if (!isCommentStatus(value.status)) throw new Invalid(`${path}.status`);
  if (!Array.isArray(value.replies ?? [])) throw new Invalid(`${path}.replies`);
  const replies = ((value.replies ?? []) as unknown[]).map((reply, index) =>
    restoreReply(reply, `${path}.replies[${index}]`),
  );
  return { id, span, quote, text, author, createdAt, status: value.status, replies };
}

function restoreReply(value: unknown, path: string): CommentReply {
  if (!isRecord(value)) throw new Invalid(path);
  return {
    id: string(value.id, `${path}.id`),
    author: string(value.author, `${path}.author`),
    createdAt: number(value.createdAt, `${path}.createdAt`),
    text: string(value.text, `${path}.text`),
  };
}

/** The comments whose span fits `source`: what a logged edit may bring back to its segment. */
export function commentsFitting(
  comments: readonly SourceComment[],
  source: string,
): SourceComment[] {
  return comments.filter(({ span }) => span === null || span.offset + span.length <= source.length);
}
