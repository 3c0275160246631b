import { foldText, type CharFold } from '../glossary/charFold';
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

interface Entry {
  unit: MemoryUnit;
  /** The source folded (Simplified, lower case, half width), same length as the source. */
  source: string;
  /** The target in lower case, same length as the target. */
  target: string;
}

/**
 * Concordance over the translation memory: a word or phrase found in the sources whatever their
 * script (数字经济 finds 數字經濟) and in the English whatever its case. Folded copies of every
 * unit are kept, so a search is one `indexOf` per text (100,000 units in a few milliseconds) and
 * loading the memory again folds only the units that changed.
 */
export class ConcordanceIndex {
  private entries: Entry[] = [];
  private byId = new Map<string, Entry>();

  constructor(private readonly fold: CharFold) {}

  get size(): number {
    return this.entries.length;
  }

  /** The units to search, in the order hits are listed; unchanged units keep their folded copies. */
  setUnits(units: readonly MemoryUnit[]): void {
    const byId = new Map<string, Entry>();
    this.entries = units.map((unit) => {
      const known = this.byId.get(unit.id);
      const entry =
        known && known.unit.source === unit.source && known.unit.target === unit.target
          ? { ...known, unit }
          : { unit, source: foldText(unit.source, this.fold), target: lowerCase(unit.target) };
      byId.set(unit.id, entry);
      return entry;
    });
    this.byId = byId;
  }

  search(query: string, limit = 200): ConcordanceResult {
    const trimmed = query.trim();
    if (trimmed === '') return { hits: [], total: 0 };
    const sourceQuery = foldText(trimmed, this.fold);
    const targetQuery = lowerCase(trimmed);
    const hits: ConcordanceHit[] = [];
    let total = 0;
    for (const entry of this.entries) {
      const inSource = entry.source.indexOf(sourceQuery);
      const inTarget = inSource < 0 ? entry.target.indexOf(targetQuery) : -1;
      if (inSource < 0 && inTarget < 0) continue;
      total += 1;
      if (hits.length < limit) {
        hits.push({
          unit: entry.unit,
          sourceRanges: rangesOf(entry.source, sourceQuery),
          targetRanges: rangesOf(entry.target, targetQuery),
        });
      }
    }
    return { hits, total };
  }
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
