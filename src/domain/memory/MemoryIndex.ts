import { matchScore } from './matchScore';
import type { MemoryUnit } from './memoryUnit';

export interface MemoryQuery {
  source: string;
  /** The neighbouring segments' sources: a 100 % match with the same neighbours is a context match. */
  previousSource?: string;
  nextSource?: string;
  /** A unit never matches itself (the active segment's own unit, once it is confirmed). */
  excludeId?: string;
  /** How many matches to return (default 5). */
  limit?: number;
  /** Matches below this score are not returned (default 50, as memoQ). */
  minScore?: number;
}

export interface MemoryMatch {
  unit: MemoryUnit;
  /** 0–100 (see matchScore). */
  score: number;
  /** A 100 % match whose neighbouring sources also match: shown as 101 %. */
  context: boolean;
}

interface Entry {
  unit: MemoryUnit;
  normalized: string;
}

/** At most this many candidates are scored with Levenshtein per look-up. */
const maxScored = 400;

/**
 * The translation memory's search structure: an inverted index from character bigrams (as MateCat
 * does for Chinese) to the units containing them. A look-up counts, for each unit sharing a bigram
 * with the query, how many it shares, bounds the score from that count and the lengths, and
 * scores only the most promising candidates with the edit distance: it never scans the whole
 * memory. Units are added and removed one at a time (a confirmed segment, a TMX unit).
 */
export class MemoryIndex {
  private entries: (Entry | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private postings = new Map<number, number[]>();
  private counts = new Uint16Array(1024);
  private bounds = new Uint8Array(1024);
  private removed = 0;

  constructor(private readonly normalize: (text: string) => string) {}

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** Adds a unit, or replaces the unit with the same id. */
  add(unit: MemoryUnit): void {
    this.remove(unit.id);
    const normalized = this.normalize(unit.source);
    if (normalized === '' || unit.target.trim() === '') return;
    const slot = this.entries.length;
    this.entries.push({ unit, normalized });
    this.slotById.set(unit.id, slot);
    for (let index = 0; index + 1 < normalized.length; index += 1) {
      const bigram = bigramAt(normalized, index);
      const list = this.postings.get(bigram);
      // Slots only grow, so a bigram seen earlier in this unit ends its list already.
      if (!list) this.postings.set(bigram, [slot]);
      else if (list[list.length - 1] !== slot) list.push(slot);
    }
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slotById.delete(id);
    this.entries[slot] = undefined;
    this.removed += 1;
    // Posting lists keep removed slots until enough pile up to be worth a rebuild.
    if (this.removed > 1000 && this.removed > this.slotById.size / 4) this.compact();
  }

  lookup(query: MemoryQuery): MemoryMatch[] {
    const limit = query.limit ?? 5;
    const minScore = query.minScore ?? 50;
    const normalized = this.normalize(query.source);
    if (normalized === '' || limit <= 0) return [];
    const candidates = this.candidates(normalized, minScore);
    const scored: { entry: Entry; score: number }[] = [];
    // The best scores so far, highest first; room for a few more than asked, as duplicates go.
    const best: number[] = [];
    const kept = limit * 2;
    let tried = 0;
    // Best bound first; stop once no remaining candidate can beat the limit-th best score.
    for (let bound = 100; bound >= minScore && tried < maxScored; bound -= 1) {
      const bucket = candidates[bound];
      if (!bucket) continue;
      if (best.length >= kept && bound < (best[kept - 1] ?? 0)) break;
      for (const slot of bucket) {
        const entry = this.entries[slot];
        if (!entry || entry.unit.id === query.excludeId) continue;
        tried += 1;
        const score = matchScore(normalized, entry.normalized);
        if (score < minScore) continue;
        scored.push({ entry, score });
        insertDescending(best, score, kept);
        if (tried >= maxScored) break;
      }
    }
    const previous = this.normalize(query.previousSource ?? '');
    const next = this.normalize(query.nextSource ?? '');
    const matches = scored.map(({ entry, score }) => ({
      unit: entry.unit,
      normalized: entry.normalized,
      score,
      context:
        score === 100 &&
        this.normalize(entry.unit.previousSource ?? '') === previous &&
        this.normalize(entry.unit.nextSource ?? '') === next,
    }));
    matches.sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.context) - Number(a.context) ||
        b.unit.updatedAt - a.unit.updatedAt,
    );
    // The same pair stored twice (two projects, a TMX) is shown once, the newest.
    const seen = new Set<string>();
    const shown: MemoryMatch[] = [];
    for (const { unit, normalized: source, score, context } of matches) {
      const key = `${source}\u0000${unit.target.trim()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      shown.push({ unit, score, context });
      if (shown.length === limit) break;
    }
    return shown;
  }

  /**
   * The units sharing bigrams with the query, bucketed by an upper bound of their score. Each
   * edit destroys at most two bigrams, so a unit sharing `shared` of them needs at least
   * (longest − 1 − shared) / 2 edits, and never fewer than the difference of the lengths.
   */
  private candidates(normalized: string, minScore: number): number[][] {
    const buckets: number[][] = [];
    const bigrams = new Set<number>();
    for (let index = 0; index + 1 < normalized.length; index += 1) {
      bigrams.add(bigramAt(normalized, index));
    }
    if (bigrams.size === 0) {
      // One character: only the same character is a match worth showing.
      for (const [slot, entry] of this.entries.entries()) {
        if (entry?.normalized === normalized) (buckets[100] ??= []).push(slot);
      }
      return buckets;
    }
    if (this.counts.length < this.entries.length) {
      const size = Math.max(this.entries.length, this.counts.length * 2);
      this.counts = new Uint16Array(size);
      this.bounds = new Uint8Array(size);
    }
    const { counts, bounds } = this;
    const touched: number[] = [];
    for (const bigram of bigrams) {
      const list = this.postings.get(bigram);
      if (!list) continue;
      for (let at = 0; at < list.length; at += 1) {
        const slot = list[at] as number;
        if (counts[slot] === 0) touched.push(slot);
        counts[slot] = (counts[slot] as number) + 1;
      }
    }
    // Bound each candidate and count how many reach each bound, so that only the best
    // `maxScored` or so are collected.
    const perBound = new Int32Array(101);
    const length = normalized.length;
    for (const slot of touched) {
      const shared = counts[slot] as number;
      counts[slot] = 0;
      const entry = this.entries[slot];
      let bound = 0;
      if (entry) {
        const other = entry.normalized.length;
        const longest = Math.max(length, other);
        const fewestEdits = Math.max(
          Math.abs(length - other),
          Math.ceil((longest - 1 - shared) / 2),
          0,
        );
        bound = Math.floor((100 * (longest - fewestEdits)) / longest);
      }
      bounds[slot] = bound;
      if (bound >= minScore) perBound[bound] = (perBound[bound] as number) + 1;
    }
    let cutoff = 100;
    for (let kept = perBound[100] as number; cutoff > minScore && kept < maxScored;) {
      cutoff -= 1;
      kept += perBound[cutoff] as number;
    }
    for (const slot of touched) {
      const bound = bounds[slot] as number;
      if (bound >= cutoff && bound >= minScore) (buckets[bound] ??= []).push(slot);
    }
    return buckets;
  }

  private compact(): void {
    const alive = this.entries.filter((entry): entry is Entry => entry !== undefined);
    this.entries = [];
    this.slotById.clear();
    this.postings = new Map();
    this.removed = 0;
    for (const { unit } of alive) this.add(unit);
  }
}

function insertDescending(scores: number[], score: number, capacity: number): void {
  let at = scores.length;
  while (at > 0 && (scores[at - 1] ?? 0) < score) at -= 1;
  if (at >= capacity) return;
  scores.splice(at, 0, score);
  if (scores.length > capacity) scores.pop();
}

/** Two neighbouring UTF-16 units (a Han character is one) as one number: a cheap map key. */
function bigramAt(text: string, index: number): number {
  return text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1);
}
