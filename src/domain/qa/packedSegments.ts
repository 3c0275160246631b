import type { SegmentKind, SegmentStatus } from '../model/segment';
import type { QaSegment } from './types';

/**
 * A project's segments as a worker is sent them: each text field of every segment joined into
 * one string, with where each ends, and the sentence ends in one typed array. Copying a handful
 * of long strings and arrays to a worker (and back out of the page's heap) costs a fraction of
 * copying 20,000 objects of seven fields each.
 */
export interface PackedQaSegments {
  count: number;
  ids: string;
  sources: string;
  translations: string;
  /** Per segment, the exclusive end of its id, source and translation in the joined strings. */
  textEnds: Uint32Array;
  /** Per segment, its `index` (document order). */
  indexAt: Uint32Array;
  /** Per segment, the index in `names` of its kind and of its status. */
  kindAt: Uint8Array;
  statusAt: Uint8Array;
  names: string[];
  /** Every segment's sentence ends, one after another; `sentenceEndsEnd[i]` ends segment i's. */
  sentenceEnds: Uint32Array;
  sentenceEndsEnd: Uint32Array;
  /**
   * The inline codes of the few segments that have any (from another tool's XLIFF), as JSON:
   * `[position, sourceCodes, translationCodes, codeLabels][]`.
   */
  codes: string;
}

type PackedCodes = [
  number,
  QaSegment['sourceCodes'],
  QaSegment['translationCodes'],
  QaSegment['codeLabels'],
][];

export function packQaSegments(segments: readonly QaSegment[]): PackedQaSegments {
  const count = segments.length;
  const textEnds = new Uint32Array(count * 3);
  const indexAt = new Uint32Array(count);
  const kindAt = new Uint8Array(count);
  const statusAt = new Uint8Array(count);
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const nameOf = (name: string) => {
    let at = nameIndex.get(name);
    if (at === undefined) {
      at = names.push(name) - 1;
      nameIndex.set(name, at);
    }
    return at;
  };
  let sentenceCount = 0;
  for (const segment of segments) sentenceCount += segment.sentenceEnds.length;
  const sentenceEnds = new Uint32Array(sentenceCount);
  const sentenceEndsEnd = new Uint32Array(count);
  const ids: string[] = [];
  const sources: string[] = [];
  const translations: string[] = [];
  let idEnd = 0;
  let sourceEnd = 0;
  let translationEnd = 0;
  let sentence = 0;
  const codes: PackedCodes = [];
  segments.forEach((segment, at) => {
    if (segment.sourceCodes || segment.translationCodes || segment.codeLabels)
      codes.push([at, segment.sourceCodes, segment.translationCodes, segment.codeLabels]);
    indexAt[at] = segment.index;
    ids.push(segment.id);
    sources.push(segment.source);
    translations.push(segment.translation);
    idEnd += segment.id.length;
    sourceEnd += segment.source.length;
    translationEnd += segment.translation.length;
    textEnds[at * 3] = idEnd;
    textEnds[at * 3 + 1] = sourceEnd;
    textEnds[at * 3 + 2] = translationEnd;
    kindAt[at] = nameOf(segment.kind);
    statusAt[at] = nameOf(segment.status);
    for (const end of segment.sentenceEnds) sentenceEnds[sentence++] = end;
    sentenceEndsEnd[at] = sentence;
  });
  return {
    count,
    ids: ids.join(''),
    sources: sources.join(''),
    translations: translations.join(''),
    textEnds,
    indexAt,
    kindAt,
    statusAt,
    names,
    sentenceEnds,
    sentenceEndsEnd,
    codes: JSON.stringify(codes),
  };
}

export function unpackQaSegments(packed: PackedQaSegments): QaSegment[] {
  const segments: QaSegment[] = [];
  let idStart = 0;
  let sourceStart = 0;
  let translationStart = 0;
  let sentenceStart = 0;
  for (let at = 0; at < packed.count; at += 1) {
    const idEnd = packed.textEnds[at * 3] ?? 0;
    const sourceEnd = packed.textEnds[at * 3 + 1] ?? 0;
    const translationEnd = packed.textEnds[at * 3 + 2] ?? 0;
    const sentenceEnd = packed.sentenceEndsEnd[at] ?? 0;
    segments.push({
      id: packed.ids.slice(idStart, idEnd),
      index: packed.indexAt[at] ?? at,
      kind: packed.names[packed.kindAt[at] ?? 0] as SegmentKind,
      status: packed.names[packed.statusAt[at] ?? 0] as SegmentStatus,
      source: packed.sources.slice(sourceStart, sourceEnd),
      sentenceEnds: Array.from(packed.sentenceEnds.subarray(sentenceStart, sentenceEnd)),
      translation: packed.translations.slice(translationStart, translationEnd),
    });
    idStart = idEnd;
    sourceStart = sourceEnd;
    translationStart = translationEnd;
    sentenceStart = sentenceEnd;
  }
  for (const [at, sourceCodes, translationCodes, codeLabels] of JSON.parse(
    packed.codes,
  ) as PackedCodes) {
    const segment = segments[at];
    if (!segment) continue;
    if (sourceCodes) segment.sourceCodes = sourceCodes;
    if (translationCodes) segment.translationCodes = translationCodes;
    if (codeLabels) segment.codeLabels = codeLabels;
  }
  return segments;
}
