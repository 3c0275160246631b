import type { SourceComment } from '../../comments/sourceComment';
import type { Segment } from '../../model/segment';
import { xmlSafe, xmlText as text } from '../xml/escapeXml';

/**
 * Comments on the source (queries for the client) in XLIFF 2.0: the commented span is an
 * annotation `<mrk id="cmN" type="comment" ref="#n=cmN">` in the `<source>` (or a `<sm>`/`<em>`
 * pair when the span crosses a sentence boundary or overlaps another comment's span), pointing
 * to `<note id="cmN" appliesTo="source" category="bw:comment">` in the unit's `<notes>`. What a
 * note cannot say (the comment's id, author, time, status and replies) is a metaGroup of the
 * Metadata module, category "bw:comment", tied to its note by a meta of type "note".
 */
export const commentCategory = 'bw:comment';
export const replyCategory = 'bw:reply';

export function commentNoteId(index: number): string {
  return `cm${index + 1}`;
}

/** The source sentences as the writer puts them in `<segment>`s: trailing spaces left out. */
function sentenceRanges(segment: Segment, whole: boolean): [number, number][] {
  if (whole) return [[0, segment.source.length]];
  return segment.sentenceEnds.map((_, index) => sentenceRange(segment, index));
}

function sentenceRange(segment: Segment, sentence: number | null): [number, number] {
  if (sentence === null) return [0, segment.source.length];
  const start = sentence === 0 ? 0 : (segment.sentenceEnds[sentence - 1] ?? 0);
  const end = segment.sentenceEnds[sentence] ?? segment.source.length;
  const trimmed = segment.source.slice(start, end).replace(/\s+$/, '');
  return [start, start + trimmed.length];
}

interface Placed {
  index: number;
  start: [number, number];
  end: [number, number];
  paired: boolean;
}

function placeComments(segment: Segment, ranges: [number, number][]): Placed[] {
  const spanned = (segment.comments ?? []).flatMap((comment, index) =>
    comment.span
      ? [{ index, from: comment.span.offset, to: comment.span.offset + comment.span.length }]
      : [],
  );
  return spanned.flatMap(({ index, from, to }) => {
    const first = ranges.findIndex(([, end]) => from < end);
    let last = -1;
    ranges.forEach(([start], position) => {
      if (to > start) last = position;
    });
    if (first < 0 || last < first) return [];
    const start: [number, number] = [first, Math.max(from, ranges[first]?.[0] ?? 0)];
    const end: [number, number] = [last, Math.min(to, ranges[last]?.[1] ?? 0)];
    const crossing = spanned.some(
      (other) =>
        other.index !== index &&
        ((other.from < from && from < other.to && other.to < to) ||
          (from < other.from && other.from < to && to < other.to)),
    );
    return [{ index, start, end, paired: first !== last || crossing }];
  });
}

/**
 * The XML of the source of one `<segment>` (sentence `sentence`, or the whole source when
 * null), converted to the exported script piece by piece so the annotations stay on the same
 * characters, with the comments' annotations.
 */
export function commentedSource2(
  segment: Segment,
  convert: (text: string) => string,
  sentence: number | null,
): string {
  if (!segment.comments?.some((comment) => comment.span)) {
    // Most segments have no comment: only this sentence's text, as the writer had it.
    const [from, to] = sentenceRange(segment, sentence);
    return text(convert(segment.source.slice(from, to)));
  }
  const ranges = sentenceRanges(segment, sentence === null);
  const at = sentence ?? 0;
  const [from, to] = ranges[at] ?? [0, segment.source.length];
  const events: { position: number; order: number; xml: string }[] = [];
  for (const placed of placeComments(segment, ranges)) {
    const id = commentNoteId(placed.index);
    const length = placed.end[1] - placed.start[1];
    if (placed.start[0] === at) {
      const attributes = `id="${id}" type="comment" ref="#n=${id}"`;
      events.push({
        position: placed.start[1],
        // Opened after every close at the same place; the longer span opens first (outside).
        order: 1_000_000 - (placed.paired ? 0 : length) * 2 + 1,
        xml: placed.paired ? `<sm ${attributes}/>` : `<mrk ${attributes}>`,
      });
    }
    if (placed.end[0] === at) {
      events.push({
        position: placed.end[1],
        // Closed before anything opens at the same place; the shorter span closes first.
        order: placed.paired ? 0 : length,
        xml: placed.paired ? `<em startRef="${id}"/>` : '</mrk>',
      });
    }
  }
  events.sort((a, b) => a.position - b.position || a.order - b.order);
  let xml = '';
  let cursor = from;
  for (const event of events) {
    const position = Math.min(Math.max(event.position, from), to);
    if (position > cursor) xml += text(convert(segment.source.slice(cursor, position)));
    cursor = Math.max(cursor, position);
    xml += event.xml;
  }
  if (cursor < to) xml += text(convert(segment.source.slice(cursor, to)));
  return xml;
}

/** The `<note>` elements of the segment's comments, for the unit's `<notes>`. */
export function commentNotes2(segment: Segment, indent: string): string {
  return (segment.comments ?? [])
    .map(
      (comment, index) =>
        `${indent}<note id="${commentNoteId(index)}" appliesTo="source" category="${commentCategory}">${text(comment.text)}</note>\n`,
    )
    .join('');
}

/** The metaGroups that carry each comment's id, author, time, status and replies. */
export function commentMetadata2(segment: Segment, indent: string): string {
  return (segment.comments ?? [])
    .map((comment, index) => `${indent}${metaGroup(comment, commentNoteId(index))}\n`)
    .join('');
}

function meta(type: string, value: string): string {
  return `<mda:meta type="${type}">${text(value)}</mda:meta>`;
}

function metaGroup(comment: SourceComment, noteId: string): string {
  const replies = comment.replies
    .map(
      (reply) =>
        `<mda:metaGroup category="${replyCategory}">${meta('id', reply.id)}${meta('author', reply.author)}${meta('created', new Date(reply.createdAt).toISOString())}${meta('text', reply.text)}</mda:metaGroup>`,
    )
    .join('');
  return `<mda:metaGroup category="${commentCategory}" appliesTo="source">${meta('note', noteId)}${meta('id', comment.id)}${meta('author', comment.author)}${meta('created', new Date(comment.createdAt).toISOString())}${meta('status', comment.status)}${replies}</mda:metaGroup>`;
}

/**
 * XLIFF 1.2 has no annotation markers and a `<note>` may carry only `from`, `priority`,
 * `annotates` and `xml:lang` (strict schema). A comment is a `<note annotates="source"
 * from="author">` whose text starts with the commented words in corner brackets (「數字經發展」),
 * which the reader looks for in the source to restore the span; a resolved one has the lowest
 * priority, `priority="10"` (an open one the default, 1). Each reply follows its comment as a
 * note of its own, `from` its author, its text after "↳ ". So another tool shows the thread as
 * plain notes, in order and attributed. What no note attribute can hold, each note's id and
 * time, goes in the unit's `extradata` (beside the revision, see revision.ts), one token per
 * note: `bw-comment:HASH:ID:TIME:OFFSET` (OFFSET, the span's, empty without a span: the words
 * may be in the source twice) or `bw-reply:HASH:ID:TIME`, HASH being that of the note's author
 * and text as written, so the reader pairs them even if a tool reorders the notes or adds one
 * of its own.
 */
export const replyPrefix12 = '↳ ';
export const resolvedPriority12 = '10';
export const commentToken12 = 'bw-comment:';
export const replyToken12 = 'bw-reply:';

interface Note12 {
  token: string;
  author: string;
  text: string;
  id: string;
  createdAt: number;
  resolved: boolean;
  /** A comment's span offset ('' without a span); null for a reply. */
  offset: string | null;
}

function notes12(segment: Segment, convert: (text: string) => string): Note12[] {
  return (segment.comments ?? []).flatMap((comment) => [
    {
      token: commentToken12,
      author: comment.author,
      text: comment.span ? `「${convert(comment.quote)}」 ${comment.text}` : comment.text,
      id: comment.id,
      createdAt: comment.createdAt,
      resolved: comment.status === 'resolved',
      offset: comment.span ? String(comment.span.offset) : '',
    },
    ...comment.replies.map((reply) => ({
      token: replyToken12,
      author: reply.author,
      text: `${replyPrefix12}${reply.text}`,
      id: reply.id,
      createdAt: reply.createdAt,
      resolved: false,
      offset: null,
    })),
  ]);
}

/**
 * The hash that ties a 1.2 note to its token in `extradata`: of its author and text as a reader
 * gets them back (XML makes every line end a line feed, and tabs and line ends in an attribute
 * spaces).
 */
export function noteHash12(author: string, text: string): string {
  const key = `${xmlSafe(author).replace(/[\t\r\n]/g, ' ')}\u0000${xmlSafe(text).replace(/\r\n?/g, '\n')}`;
  let hash = 0x811c9dc5;
  for (const char of key) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The `<note>` elements of the segment's comments and their replies, each after `indent`. */
export function commentNotes12(
  segment: Segment,
  indent: string,
  convert: (text: string) => string,
): string {
  return notes12(segment, convert)
    .map(
      (note) =>
        `${indent}<note annotates="source" from="${text(note.author)}"${note.resolved ? ` priority="${resolvedPriority12}"` : ''}>${text(note.text)}</note>`,
    )
    .join('');
}

/** The ids and times of those notes, as tokens for `extradata` (each after a space). */
export function commentExtradata12(segment: Segment, convert: (text: string) => string): string {
  return notes12(segment, convert)
    .map(
      (note) =>
        ` ${note.token}${noteHash12(note.author, note.text)}:${encodeURIComponent(note.id)}:${Number.isSafeInteger(note.createdAt) ? note.createdAt : 0}${note.offset === null ? '' : `:${note.offset}`}`,
    )
    .join('');
}
