import { isCommentStatus, type SourceComment } from '../../comments/sourceComment';
import type { XmlElement } from '../xml/parseXml';
import {
  commentCategory,
  noteHash12,
  replyCategory,
  replyPrefix12,
  replyToken12,
  resolvedPriority12,
} from './sourceComments';

const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';

export interface ReadComments {
  comments: SourceComment[];
  /** The notes that are comments, left out of the segment's own notes. */
  commentNotes: Set<XmlElement>;
}

/** Where each annotation of the sources starts and ends, in the plain text the reader builds. */
function annotationOffsets(sources: XmlElement[]): Map<string, [number, number]> {
  const found = new Map<string, [number, number]>();
  const starts = new Map<string, number>();
  let offset = 0;
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.kind === 'text') {
        offset += child.text.length;
        continue;
      }
      const name = child.localName;
      if (name === 'cp') offset += 1;
      else if (name === 'ph' && child.getAttribute('subType') === 'xlf:lb') offset += 1;
      else if (name === 'sm') starts.set(child.getAttribute('id') ?? '', offset);
      else if (name === 'em') {
        const id = child.getAttribute('startRef') ?? '';
        const start = starts.get(id);
        if (start !== undefined) found.set(id, [start, offset]);
      } else if (name === 'mrk') {
        const start = offset;
        walk(child);
        found.set(child.getAttribute('id') ?? '', [start, offset]);
      } else if (name !== 'originalData') walk(child);
    }
  };
  sources.forEach(walk);
  return found;
}

/** The note each comment annotation of the sources points to (`ref="#n=id"`), by note id. */
function annotatedNotes(sources: XmlElement[]): Map<string, string> {
  const refs = new Map<string, string>();
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      if (
        (child.localName === 'mrk' || child.localName === 'sm') &&
        child.getAttribute('type') === 'comment'
      ) {
        const ref = /^#n=(.+)$/.exec(child.getAttribute('ref') ?? '')?.[1];
        if (ref) refs.set(ref, child.getAttribute('id') ?? '');
      }
      visit(child);
    }
  };
  sources.forEach(visit);
  return refs;
}

function metas(group: XmlElement): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of group.elements(metadataNamespace, 'meta'))
    values.set(meta.getAttribute('type') ?? '', meta.textContent);
  return values;
}

function time(value: string | undefined): number {
  const parsed = Date.parse(value ?? '');
  return Number.isFinite(parsed) ? parsed : 0;
}

/**
 * The comments of an XLIFF 2 unit: every note an annotation of type "comment" in the source
 * points to (with that span), and every other note that applies to the source (without one).
 * Our own metadata brings back the id, author, time, status and replies.
 */
export function readSourceComments2(
  unit: XmlElement,
  ns: string,
  sources: XmlElement[],
  source: string,
): ReadComments {
  const notes = unit.elements(ns, 'notes').flatMap((element) => element.elements(ns, 'note'));
  // Most units have no note that could be a comment: they cost no walk of their sources.
  const candidates = notes.some(
    (note) =>
      note.getAttribute('id') !== null ||
      note.getAttribute('appliesTo') === 'source' ||
      note.getAttribute('category') === commentCategory,
  );
  if (!candidates) return { comments: [], commentNotes: new Set() };
  const offsets = annotationOffsets(sources);
  const refs = annotatedNotes(sources);
  const groups = new Map<string, XmlElement>();
  for (const metadata of unit.elements(metadataNamespace, 'metadata'))
    for (const group of metadata.elements(metadataNamespace, 'metaGroup')) {
      if (group.getAttribute('category') !== commentCategory) continue;
      const note = metas(group).get('note');
      if (note) groups.set(note, group);
    }
  const comments: SourceComment[] = [];
  const commentNotes = new Set<XmlElement>();
  for (const note of notes) {
    const noteId = note.getAttribute('id') ?? '';
    const annotation = noteId ? refs.get(noteId) : undefined;
    const isComment =
      annotation !== undefined ||
      note.getAttribute('appliesTo') === 'source' ||
      note.getAttribute('category') === commentCategory;
    if (!isComment) continue;
    commentNotes.add(note);
    const range = annotation !== undefined ? offsets.get(annotation) : undefined;
    const span =
      range && range[1] > range[0] && range[1] <= source.length
        ? { offset: range[0], length: range[1] - range[0] }
        : null;
    const group = groups.get(noteId);
    const values = group ? metas(group) : new Map<string, string>();
    const status = values.get('status');
    const text = note.textContent;
    const author = values.get('author') ?? '';
    comments.push({
      id: values.get('id') || foreignId(author, text, span?.offset ?? -1),
      span,
      quote: span ? source.slice(span.offset, span.offset + span.length) : source,
      text,
      author,
      createdAt: time(values.get('created')),
      status: isCommentStatus(status) ? status : 'open',
      replies: (group?.elements(metadataNamespace, 'metaGroup') ?? [])
        .filter((reply) => reply.getAttribute('category') === replyCategory)
        .map((reply) => {
          const fields = metas(reply);
          const replyText = fields.get('text') ?? '';
          const replyAuthor = fields.get('author') ?? '';
          return {
            id: fields.get('id') || foreignId(replyAuthor, replyText, -1),
            author: replyAuthor,
            createdAt: time(fields.get('created')),
            text: replyText,
          };
        }),
    });
  }
  return { comments, commentNotes };
}

interface Token12 {
  reply: boolean;
  id: string;
  createdAt: number;
  /** Where the span starts (null: no span); undefined for a reply. */
  offset?: number | null;
}

/** The ids and times our writer put in `extradata`, by the hash of their note. */
function tokens12(extradata: string): Map<string, Token12[]> {
  const byHash = new Map<string, Token12[]>();
  for (const token of extradata.split(' ')) {
    const match = /^(bw-comment:|bw-reply:)([0-9a-f]{8}):([^:]*):(-?\d+)(?::(\d*))?$/.exec(token);
    if (!match?.[1] || !match[2] || match[3] === undefined || !match[4]) continue;
    let id: string;
    try {
      id = decodeURIComponent(match[3]);
    } catch {
      continue;
    }
    const createdAt = Number(match[4]);
    if (!id || !Number.isSafeInteger(createdAt)) continue;
    const queue = byHash.get(match[2]) ?? [];
    const reply = match[1] === replyToken12;
    queue.push({
      reply,
      id,
      createdAt,
      ...(reply || match[5] === undefined ? {} : { offset: match[5] ? Number(match[5]) : null }),
    });
    byHash.set(match[2], queue);
  }
  return byHash;
}

/**
 * The comments of an XLIFF 1.2 unit: its `<note annotates="source">`s (see commentNotes12).
 * Ours start with the commented words in corner brackets, found again in the source for the
 * span; a note after "↳ " is a reply to the comment before it. Our `extradata` tokens bring back
 * ids and times, and say which notes are ours: only ours take `priority="10"` as resolved (to
 * another tool it is just a low priority, and a query must not be hidden).
 */
export function readSourceComments12(unit: XmlElement, ns: string, source: string): ReadComments {
  const comments: SourceComment[] = [];
  const commentNotes = new Set<XmlElement>();
  let tokens: Map<string, Token12[]> | undefined;
  for (const note of unit.elements(ns, 'note')) {
    if (note.getAttribute('annotates') !== 'source') continue;
    commentNotes.add(note);
    const written = note.textContent;
    const author = note.getAttribute('from') ?? '';
    tokens ??= tokens12(unit.getAttribute('extradata') ?? '');
    const token = tokens.get(noteHash12(author, written))?.shift();
    const last = comments.at(-1);
    if (last && (token ? token.reply : written.startsWith(replyPrefix12))) {
      const text = written.startsWith(replyPrefix12)
        ? written.slice(replyPrefix12.length)
        : written;
      last.replies.push({
        id: token?.id ?? foreignId(author, text, -1),
        author,
        createdAt: token?.createdAt ?? 0,
        text,
      });
      continue;
    }
    // Our token says whether there is a span, and where: the words may be in the source twice.
    const quoted = token?.offset === null ? null : /^「([^」]+)」 ([\s\S]*)$/.exec(written);
    const offset =
      quoted?.[1] && typeof token?.offset === 'number' && source.startsWith(quoted[1], token.offset)
        ? token.offset
        : quoted?.[1]
          ? source.indexOf(quoted[1])
          : -1;
    const span = quoted?.[1] && offset >= 0 ? { offset, length: quoted[1].length } : null;
    const text = span ? (quoted?.[2] ?? '') : written;
    comments.push({
      id: token?.id ?? foreignId(author, text, span?.offset ?? -1),
      span,
      quote: span ? source.slice(span.offset, span.offset + span.length) : source,
      text,
      author,
      createdAt: token?.createdAt ?? 0,
      status: token && note.getAttribute('priority') === resolvedPriority12 ? 'resolved' : 'open',
      replies: [],
    });
  }
  return { comments, commentNotes };
}

/** A comment from a file without our ids: the same text by the same author gets the same id. */
function foreignId(author: string, text: string, offset: number): string {
  let hash = 0x811c9dc5;
  for (const char of `${author}\u0000${text}\u0000${offset}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `x${hash.toString(16).padStart(8, '0')}`;
}
