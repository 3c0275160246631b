import type { CharFold } from '../glossary/charFold';
import type { MemoryUnit } from './memoryUnit';

/** A hit's place in a text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface ConcordanceHit {
  unit: MemoryUnit;
  sourceRanges: TextRange[];
  targetRanges: TextRange[];
}

export interface ConcordanceResult {
  /** The first `limit` hits, in the order the units were given. */
  hits: ConcordanceHit[];
  /** How many units match in all. */
  total: number;
}

/** Between texts in the joined copies: a query never contains it, so no hit spans two units. */
const separator = '\u0000';

/**
 * Concordance over the translation memory: a word or phrase found in the sources whatever their
 * script (数字经济 finds 數字經濟) and in the English whatever its case. The sources are joined
 * into one string and folded in one pass, the English into one lower-cased string: a search is a
 * few `indexOf` calls over each (V8 scans one long string far faster than 100,000 short ones).
 */
export class ConcordanceIndex {
  private units: readonly MemoryUnit[] = [];
  private sources = '';
  private targets = '';
  /** Where each unit's text starts in the joined copies, with the total length at the end. */
  private sourceStarts: Int32Array = new Int32Array(1);
  private targetStarts: Int32Array = new Int32Array(1);
  private readonly foldText: (text: string) => string;

  constructor(fold: CharFold) {
    this.foldText = tableFold(fold);
  }

  get size(): number {
    return this.units.length;
  }

  /** The units to search, in the order hits are listed. */
  setUnits(units: readonly MemoryUnit[]): void {
    this.units = units;
    const sources = units.map((unit) => unit.source);
    const targets = units.map((unit) => unit.target);
    this.sources = this.foldText(sources.join(separator) + separator);
    this.targets = lowerCase(targets.join(separator) + separator);
    this.sourceStarts = startsOf(sources);
    this.targetStarts = startsOf(targets);
  }

  search(query: string, limit = 200): ConcordanceResult {
    const trimmed = query.replaceAll(separator, '').trim();
    if (trimmed === '') return { hits: [], total: 0 };
    const sourceQuery = this.foldText(trimmed);
    const targetQuery = lowerCase(trimmed);
    const found = new Uint8Array(this.units.length);
    markUnits(this.sources, this.sourceStarts, sourceQuery, found);
    markUnits(this.targets, this.targetStarts, targetQuery, found);
    const hits: ConcordanceHit[] = [];
    let total = 0;
    for (let index = 0; index < found.length; index += 1) {
      if (found[index] === 0) continue;
      total += 1;
      const unit = this.units[index];
      if (hits.length < limit && unit) {
        hits.push({
          unit,
          sourceRanges: rangesOf(slice(this.sources, this.sourceStarts, index), sourceQuery),
          targetRanges: rangesOf(slice(this.targets, this.targetStarts, index), targetQuery),
        });
      }
    }
    return { hits, total };
  }
}

function startsOf(texts: readonly string[]): Int32Array {
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  texts.forEach((text, index) => {
    starts[index] = at;
    at += text.length + separator.length;
  });
  starts[texts.length] = at;
  return starts;
}

/** One unit's folded text (folding keeps lengths, so the offsets are the original's). */
function slice(text: string, starts: Int32Array, index: number): string {
  return text.slice(starts[index] ?? 0, (starts[index + 1] ?? 0) - separator.length);
}

/** Marks every unit whose text contains the query, skipping to the next unit after a hit. */
function markUnits(text: string, starts: Int32Array, query: string, found: Uint8Array): void {
  let at = text.indexOf(query);
  while (at >= 0) {
    const unit = unitAt(starts, at);
    found[unit] = 1;
    at = text.indexOf(query, starts[unit + 1] ?? text.length);
  }
}

/** The unit whose text holds this offset: the last start at or before it. */
function unitAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The character fold over a whole text, through a table of UTF-16 code units: one pass, and
 * the text is decoded back in one call. Surrogate pairs are kept, as the fold keeps any
 * character whose fold would change its length.
 */
function tableFold(fold: CharFold): (text: string) => string {
  const table = new Uint16Array(0x10000);
  const known = new Uint8Array(0x10000);
  const decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be');
  return (text) => {
    const codes = new Uint16Array(text.length);
    let changed = false;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      let folded = code;
      if (code < 0xd800 || code > 0xdfff) {
        if (known[code] === 0) {
          const char = fold(String.fromCharCode(code));
          table[code] = char.length === 1 ? char.charCodeAt(0) : code;
          known[code] = 1;
        }
        folded = table[code] ?? code;
      }
      codes[index] = folded;
      if (folded !== code) changed = true;
    }
    // Decoding would turn a lone surrogate into U+FFFD: a text folding leaves alone is kept as is.
    return changed ? decoder.decode(codes) : text;
  };
}

/** Lower case that keeps offsets: a character whose lower case is longer (İ) stays as it is. */
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let kept = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    kept += folded.length === char.length ? folded : char;
  }
  return kept;
}

function rangesOf(text: string, query: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length))
    ranges.push({ start: at, end: at + query.length });
  return ranges;
}

/** A text cut at the ranges, for showing the hits highlighted. */
export function splitAtRanges(
  text: string,
  ranges: readonly TextRange[],
): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/** Several indexes searched as one list, in their order (the open project's, then the memory). */
export function searchIndexes(
  indexes: readonly ConcordanceIndex[],
  query: string,
  limit = 200,
): ConcordanceResult {
  const hits: ConcordanceHit[] = [];
  let total = 0;
  for (const index of indexes) {
    const result = index.search(query, Math.max(0, limit - hits.length));
    hits.push(...result.hits);
    total += result.total;
  }
  return { hits, total };
}
