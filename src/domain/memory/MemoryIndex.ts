import { distance } from 'fastest-levenshtein';
import { CommonSubsequence } from './commonSubsequence';
import { scoreForEdits } from './matchScore';
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

/**
 * A posting is one int: the unit's slot in the high 23 bits, how many times the bigram occurs in
 * the unit (capped) in the low 8 bits. One typed array per bigram: no object per posting.
 */
const countBits = 8;
const countMask = (1 << countBits) - 1;
const maxSlots = 2 ** (31 - countBits);

/** Units whose histograms share one typed array. */
const histogramShift = 10;

/** Candidates checked best bound first before the rest are checked in slot order. */
const bestFirst = 256;

/**
 * The translation memory's search structure: an inverted index from character bigrams (as MateCat
 * does for Chinese) to the units containing them, with how often they occur. A look-up returns
 * exactly what scoring every unit sharing a bigram with the query would (the test compares them),
 * but scores only a few: by the q-gram lemma, two texts `d` edits apart share at least
 * `longest − 1 − 2d` bigrams, and never fewer edits than their lengths differ, so a unit's shared
 * count and length bound its score. The rarest bigrams are counted first; once the best matches
 * found so far make the bigrams left too few to lift an unseen unit to their level, the frequent
 * bigrams' long lists are never read, and candidates are scored best bound first until none left
 * can beat the matches kept. Before its distance is computed, a candidate must pass two cheaper
 * exact lower bounds: the characters it shares with the query (a histogram per unit) and those it
 * shares in order (a bit-parallel longest common subsequence). A weak query (best matches of
 * 50–65 %) leaves tens of thousands of candidates that the bigram bound cannot rule out: those
 * are checked in slot order, where their histograms lie in memory, after the best few hundred.
 */
export class MemoryIndex {
  private units: (MemoryUnit | undefined)[] = [];
  private sources: string[] = [];
  private lengths = new Int32Array(1024);
  private readonly slotById = new Map<string, number>();
  private bigrams = new BigramIds();
  private lists: Int32Array<ArrayBuffer>[] = [];
  private listLengths = new Int32Array(1024);
  private removed = 0;
  private changes = 0;
  // Per-slot scratch for look-ups, zero between look-ups.
  private counts = new Int32Array(1024);
  private scored = new Uint8Array(1024);
  private bounds = new Uint8Array(1024);
  private touched: Int32Array<ArrayBuffer> = new Int32Array(1024);
  // The candidates in the order they are checked: scratch too, as a weak query has tens of
  // thousands (a new array per look-up made the worker's collector work through its whole heap).
  private ordered: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /**
   * The memory's characters as dense ids (1 + the id, per UTF-16 code; 0 for one no unit has), so
   * the per-character scratch the bag bound reads for every candidate is the alphabet's few
   * thousand ints, which stay in the processor's cache, not an array of every code.
   */
  private readonly characterIds = new Int32Array(0x10000);
  private alphabet = 0;
  // Per character id scratch: the query's character counts during a look-up, zero otherwise.
  private characters = new Int32Array(1024);
  /**
   * Each unit's characters with how often it has each, `id << 16 | count`: the slot's run in
   * chunk `slot >> histogramShift` from `histogramSpans[2 · slot]` to `[2 · slot + 1]`. The bag
   * bound reads these few ints instead of walking the unit's text twice; chunks keep an add from
   * ever copying the whole memory's histograms to grow them.
   */
  private histogramChunks: Uint32Array<ArrayBuffer>[] = [];
  private histogramSpans = new Int32Array(2048);
  // Per-longest-length scratch: the most edits allowed at `editsLevel` (−2: not worked out yet).
  private mostEdits = new Int32Array(256).fill(-2);
  private readonly subsequence = new CommonSubsequence();
  private readonly boundTable = new BoundTable();
  private editsLevel = -1;

  constructor(private readonly normalize: (text: string) => string) {}

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** Grows at every add or removal: whoever derives something from the units sees it is stale. */
  get version(): number {
    return this.changes;
  }

  /** The units indexed (a unit whose source is only punctuation, or without English, is not). */
  indexedUnits(): MemoryUnit[] {
    return this.units.filter((unit): unit is MemoryUnit => unit !== undefined);
  }

  /** Adds a unit, or replaces the unit with the same id. */
  add(unit: MemoryUnit): void {
    this.changes += 1;
    this.remove(unit.id);
    this.addNormalized(unit, this.normalize(unit.source));
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.changes += 1;
    this.slotById.delete(id);
    this.units[slot] = undefined;
    this.sources[slot] = '';
    this.removed += 1;
    // Posting lists keep removed slots until enough pile up to be worth a rebuild.
    if (this.removed > 1000 && this.removed > this.slotById.size / 4) this.compact();
  }

  lookup(query: MemoryQuery): MemoryMatch[] {
    const limit = query.limit ?? 5;
    const minScore = query.minScore ?? 50;
    const normalized = this.normalize(query.source);
    if (normalized === '' || limit <= 0) return [];
    const best = new BestMatches(limit, minScore);
    const score = (slot: number) => {
      const unit = this.units[slot];
      if (!unit || unit.id === query.excludeId) return;
      const source = this.sources[slot] as string;
      const longest = Math.max(normalized.length, source.length);
      const edits = distance(normalized, source);
      best.add(slot, unit, source, scoreForEdits(longest, edits));
    };
    if (normalized.length === 1) this.lookupCharacter(best, score);
    else this.lookupBigrams(normalized, best, score);
    const previous = this.normalize(query.previousSource ?? '');
    const next = this.normalize(query.nextSource ?? '');
    return best.ranked(
      (unit) =>
        this.normalize(unit.previousSource ?? '') === previous &&
        this.normalize(unit.nextSource ?? '') === next,
    );
  }

  /**
   * One character has no bigram: only texts of one or two characters can reach 50 (one edit in
   * two), so those are scored; a memory of sentences has few.
   */
  private lookupCharacter(best: BestMatches, score: (slot: number) => void) {
    const { lengths } = this;
    for (let slot = 0; slot < this.units.length; slot += 1) {
      const length = lengths[slot] as number;
      if (length > 0 && length <= 2 && best.worthScoring(scoreForEdits(length, length - 1))) {
        score(slot);
      }
    }
  }

  private lookupBigrams(normalized: string, best: BestMatches, score: (slot: number) => void) {
    this.ensureScratch();
    const length = normalized.length;
    const { boundTable } = this;
    boundTable.prepare(length);
    // The query's distinct bigrams that some unit has, with how often the query has each.
    const occurrences = new Map<number, number>();
    for (let at = 0; at + 1 < length; at += 1) {
      const id = this.bigrams.find(bigramAt(normalized, at));
      if (id >= 0) occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
    }
    const ids = [...occurrences.keys()].sort(
      (a, b) => (this.listLengths[a] as number) - (this.listLengths[b] as number),
    );
    let unread = 0;
    for (const times of occurrences.values()) unread += times;
    // The most promising units are scored after a quarter and half of the query's bigrams are
    // read: their scores give the level the other candidates must reach.
    const total = unread;
    let estimates = 0;
    let nextEstimate = total - Math.ceil(total / 4);
    let cutoffKnown = -1;
    let fewestShared = 0;
    const { counts, scored, lengths } = this;
    const { touched } = this;
    let touchedCount = 0;
    for (const id of ids) {
      if (best.cutoff() !== cutoffKnown) {
        cutoffKnown = best.cutoff();
        fewestShared = fewestSharedFor(length, cutoffKnown);
      }
      // A unit in none of the lists read so far shares at most `unread` bigrams with the query.
      if (unread < fewestShared) break;
      const times = occurrences.get(id) as number;
      const list = this.lists[id] as Int32Array;
      const listLength = this.listLengths[id] as number;
      // `touched` has room for every slot. Most bigrams occur once in the query: a unit with the
      // bigram then shares one, whatever its own count.
      if (times === 1) {
        for (let at = 0; at < listLength; at += 1) {
          const slot = (list[at] as number) >>> countBits;
          const count = counts[slot] as number;
          if (count === 0) touched[touchedCount++] = slot;
          counts[slot] = count + 1;
        }
      } else {
        for (let at = 0; at < listLength; at += 1) {
          const posting = list[at] as number;
          const slot = posting >>> countBits;
          const inUnit = posting & countMask;
          const count = counts[slot] as number;
          if (count === 0) touched[touchedCount++] = slot;
          counts[slot] = count + (inUnit === countMask ? times : Math.min(times, inUnit));
        }
      }
      unread -= times;
      if (estimates < 2 && unread <= nextEstimate && unread > 0) {
        estimates += 1;
        nextEstimate = total - Math.ceil((total * (estimates + 1)) / 4);
        for (const slot of this.mostPromising(touchedCount, unread, best.limit * 4)) {
          scored[slot] = 1;
          score(slot);
        }
      }
    }
    // Each candidate's bound, from its shared count (plus what the unread bigrams could add),
    // then the candidates worth scoring ordered by bound, best first (a counting sort).
    const { bounds } = this;
    const perBound = new Int32Array(102);
    const cutoff = best.cutoff();
    let worth = 0;
    for (let at = 0; at < touchedCount; at += 1) {
      const slot = touched[at] as number;
      const shared = (counts[slot] as number) + unread;
      counts[slot] = 0;
      let bound = -1;
      if (scored[slot] === 1) scored[slot] = 0;
      else bound = boundTable.bound(lengths[slot] as number, shared);
      if (bound < cutoff) {
        touched[at] = -1;
        continue;
      }
      bounds[slot] = bound;
      perBound[bound] = (perBound[bound] as number) + 1;
      worth += 1;
    }
    if (worth === 0) return;
    // Where each bound's candidates start in `order`, highest bound first.
    const startOf = new Int32Array(102);
    for (let bound = 100, at = 0; bound >= 0; bound -= 1) {
      startOf[bound] = at;
      at += perBound[bound] as number;
    }
    const order = this.ordered;
    for (let at = 0; at < touchedCount; at += 1) {
      const slot = touched[at] as number;
      if (slot < 0) continue;
      const bound = bounds[slot] as number;
      order[startOf[bound] as number] = slot;
      startOf[bound] = (startOf[bound] as number) + 1;
    }
    const { characters, characterIds } = this;
    for (let at = 0; at < length; at += 1) {
      const id = characterIds[normalized.charCodeAt(at)] as number;
      if (id > 0) characters[id - 1] = (characters[id - 1] as number) + 1;
    }
    const { subsequence } = this;
    subsequence.prepare(normalized);
    const check = (slot: number) => {
      const other = lengths[slot] as number;
      const longest = Math.max(length, other);
      // Each edit changes at most one character of the multiset the two texts share, and at most
      // one of those they share in order: two lower bounds of the distance, the cheaper first.
      const needed = longest - this.mostEditsAt(longest, best.cutoff());
      if (!this.sharesAtLeast(slot, other, needed)) return;
      if (subsequence.lengthWith(this.sources[slot] as string) >= needed) score(slot);
    };
    // Best bound first, to raise the level: once one cannot reach it, none after it can.
    const inOrder = Math.min(worth, bestFirst);
    let at = 0;
    for (; at < inOrder; at += 1) {
      const slot = order[at] as number;
      if (!best.worthScoring(bounds[slot] as number)) break;
      check(slot);
    }
    if (at === inOrder && at < worth) {
      // The many left (a weak query's) are checked in slot order, as their counts lie in memory.
      let last = -1;
      for (; at < worth; at += 1) {
        const slot = order[at] as number;
        if (!best.worthScoring(bounds[slot] as number)) break;
        scored[slot] = 1;
        last = Math.max(last, slot);
      }
      for (let slot = 0; slot <= last; slot += 1) {
        if (scored[slot] !== 1) continue;
        scored[slot] = 0;
        if (best.worthScoring(bounds[slot] as number)) check(slot);
      }
    }
    for (let at = 0; at < length; at += 1) {
      const id = characterIds[normalized.charCodeAt(at)] as number;
      if (id > 0) characters[id - 1] = 0;
    }
  }

  /**
   * Whether the unit in `slot`, `length` long, shares at least `needed` characters (with repeats)
   * with the query counted in `characters`: it stops as soon as too many of its own are missing.
   */
  private sharesAtLeast(slot: number, length: number, needed: number): boolean {
    const { characters, histogramSpans } = this;
    let spare = length - needed;
    if (spare < 0) return false;
    const histograms = this.histogramChunks[slot >>> histogramShift] as Uint32Array;
    const end = histogramSpans[2 * slot + 1] as number;
    for (let at = histogramSpans[2 * slot] as number; at < end; at += 1) {
      const entry = histograms[at] as number;
      const missing = (entry & 0xffff) - (characters[entry >>> 16] as number);
      if (missing > 0) {
        spare -= missing;
        if (spare < 0) return false;
      }
    }
    return true;
  }

  /** mostEditsFor, remembered per length for the look-up's current level. */
  private mostEditsAt(longest: number, level: number): number {
    if (level !== this.editsLevel) {
      this.mostEdits.fill(-2);
      this.editsLevel = level;
    }
    if (longest >= this.mostEdits.length) {
      const more = new Int32Array(Math.max(longest + 1, this.mostEdits.length * 2)).fill(-2);
      more.set(this.mostEdits);
      this.mostEdits = more;
    }
    let edits = this.mostEdits[longest] as number;
    if (edits === -2) {
      edits = mostEditsFor(longest, level);
      this.mostEdits[longest] = edits;
    }
    return edits;
  }

  /**
   * The touched units not scored yet with the highest bounds so far (units of a length near the
   * query's sharing most of the bigrams read), about `wanted` of them.
   */
  private mostPromising(touchedCount: number, unread: number, wanted: number) {
    const { touched, counts, scored, lengths, bounds, boundTable } = this;
    const perBound = new Int32Array(101);
    for (let at = 0; at < touchedCount; at += 1) {
      const slot = touched[at] as number;
      if (scored[slot] === 1) continue;
      const bound = boundTable.bound(lengths[slot] as number, (counts[slot] as number) + unread);
      bounds[slot] = bound;
      perBound[bound] = (perBound[bound] as number) + 1;
    }
    let threshold = 100;
    for (let kept = perBound[100] as number; threshold > 0 && kept < wanted;) {
      threshold -= 1;
      kept += perBound[threshold] as number;
    }
    const promising: number[] = [];
    for (let at = 0; at < touchedCount && promising.length < wanted * 8; at += 1) {
      const slot = touched[at] as number;
      if (scored[slot] !== 1 && (bounds[slot] as number) >= threshold) promising.push(slot);
    }
    promising.sort(
      (a, b) =>
        (bounds[b] as number) - (bounds[a] as number) ||
        (counts[b] as number) - (counts[a] as number),
    );
    return promising.slice(0, wanted);
  }

  private addNormalized(unit: MemoryUnit, normalized: string): void {
    if (normalized === '' || unit.target.trim() === '') return;
    const slot = this.units.length;
    if (slot >= maxSlots) this.compact();
    if (this.units.length >= maxSlots) throw new Error('The memory index is full.');
    this.units.push(unit);
    this.sources.push(normalized);
    this.slotById.set(unit.id, slot);
    if (slot >= this.lengths.length) this.lengths = grown(this.lengths, slot + 1);
    this.lengths[slot] = normalized.length;
    for (let at = 0; at + 1 < normalized.length; at += 1) {
      this.post(this.bigrams.intern(bigramAt(normalized, at)), slot);
    }
    this.addHistogram(slot, normalized);
  }

  private addHistogram(slot: number, normalized: string): void {
    if (2 * slot + 2 > this.histogramSpans.length) {
      this.histogramSpans = grown(this.histogramSpans, 2 * slot + 2);
    }
    const spans = this.histogramSpans;
    const chunkAt = slot >>> histogramShift;
    const start = slot % (1 << histogramShift) === 0 ? 0 : (spans[2 * slot - 1] as number);
    let chunk = this.histogramChunks[chunkAt] ?? new Uint32Array(4096);
    if (start + normalized.length > chunk.length) {
      const more = new Uint32Array(Math.max(start + normalized.length, chunk.length * 2));
      more.set(chunk);
      chunk = more;
    }
    this.histogramChunks[chunkAt] = chunk;
    const { characterIds } = this;
    let end = start;
    let countable = true;
    for (let at = 0; at < normalized.length; at += 1) {
      const code = normalized.charCodeAt(at);
      let id = (characterIds[code] as number) - 1;
      if (id < 0) {
        id = this.alphabet++;
        characterIds[code] = id + 1;
        if (id >= this.characters.length) this.characters = grown(this.characters, id + 1);
      }
      const count = (this.characters[id] as number) + 1;
      this.characters[id] = count;
      if (count === 1) chunk[end++] = id;
      if (count > 0xffff) countable = false;
    }
    const { characters } = this;
    for (let at = start; at < end; at += 1) {
      const id = chunk[at] as number;
      chunk[at] = ((id << 16) | (characters[id] as number)) >>> 0;
      characters[id] = 0;
    }
    // A unit with a character more than 65,535 times keeps no counts: no bound rules it out.
    spans[2 * slot] = start;
    spans[2 * slot + 1] = countable ? end : start;
    // A full chunk gives back the room its doublings left (nearly half of it, on average).
    if ((slot + 1) % (1 << histogramShift) === 0) {
      this.histogramChunks[chunkAt] = chunk.slice(0, spans[2 * slot + 1]);
    }
  }

  private post(id: number, slot: number): void {
    if (id >= this.listLengths.length) this.listLengths = grown(this.listLengths, id + 1);
    const length = this.listLengths[id] as number;
    let list = this.lists[id];
    if (list === undefined) {
      list = new Int32Array(4);
      this.lists[id] = list;
    }
    const last = length > 0 ? (list[length - 1] as number) : -1;
    // Slots only grow, so a bigram seen earlier in this unit ends its list: count it again.
    if (last >= 0 && last >>> countBits === slot) {
      if ((last & countMask) < countMask) list[length - 1] = last + 1;
      return;
    }
    if (length === list.length) {
      list = grown(list, length + 1);
      this.lists[id] = list;
    }
    list[length] = (slot << countBits) | 1;
    this.listLengths[id] = length + 1;
  }

  private ensureScratch(): void {
    const needed = this.units.length;
    if (this.counts.length >= needed) return;
    const size = Math.max(needed, this.counts.length * 2);
    this.counts = new Int32Array(size);
    this.scored = new Uint8Array(size);
    this.bounds = new Uint8Array(size);
    this.touched = new Int32Array(size);
    this.ordered = new Int32Array(size);
  }

  private compact(): void {
    const alive: [MemoryUnit, string][] = [];
    this.units.forEach((unit, slot) => {
      if (unit) alive.push([unit, this.sources[slot] as string]);
    });
    this.units = [];
    this.sources = [];
    this.slotById.clear();
    this.bigrams = new BigramIds();
    this.lists = [];
    this.listLengths = new Int32Array(1024);
    this.histogramChunks = [];
    this.removed = 0;
    for (const [unit, normalized] of alive) this.addNormalized(unit, normalized);
  }
}

/**
 * The matches kept during a look-up, and the score a candidate must reach to change them: the
 * limit-th best among distinct pairs (a pair stored twice is shown once), or the minimum. A
 * candidate that can only tie that score is still scored: ties are ranked by context and date.
 */
class BestMatches {
  private readonly found: { slot: number; unit: MemoryUnit; source: string; score: number }[] = [];
  private readonly bestByPair = new Map<string, number>();
  private level: number;

  constructor(
    readonly limit: number,
    private readonly minScore: number,
  ) {
    this.level = minScore;
  }

  cutoff(): number {
    return this.level;
  }

  worthScoring(bound: number): boolean {
    return bound >= this.level;
  }

  add(slot: number, unit: MemoryUnit, source: string, score: number): void {
    // Below the level a match can no longer be among the best: keeping it only costs (a weak
    // query scores thousands of units).
    if (score < this.level) return;
    this.found.push({ slot, unit, source, score });
    const pair = pairKey(source, unit);
    const before = this.bestByPair.get(pair);
    if (before !== undefined && before >= score) return;
    this.bestByPair.set(pair, score);
    // The limit-th best rises only when a pair completes the limit or beats it.
    const pairs = this.bestByPair.size;
    if (pairs < this.limit || (pairs > this.limit && score <= this.level)) return;
    const scores = [...this.bestByPair.values()].sort((a, b) => b - a);
    this.level = Math.max(this.minScore, scores[this.limit - 1] as number);
  }

  /** Best first (context matches first among 100 %, then newest), each pair once. */
  ranked(isContext: (unit: MemoryUnit) => boolean): MemoryMatch[] {
    // Those found before the level rose past them cannot be shown: not worth sorting.
    const matches = this.found
      .filter(({ score }) => score >= this.level)
      .map(({ unit, source, score }) => ({
        unit,
        source,
        score,
        context: score === 100 && isContext(unit),
      }));
    matches.sort(compareMatches);
    const seen = new Set<string>();
    const shown: MemoryMatch[] = [];
    for (const { unit, source, score, context } of matches) {
      const pair = pairKey(source, unit);
      if (seen.has(pair)) continue;
      seen.add(pair);
      shown.push({ unit, score, context });
      if (shown.length === this.limit) break;
    }
    return shown;
  }
}

/** The order matches are shown in; the id last, so that equal matches keep one order. */
export function compareMatches(a: MemoryMatch, b: MemoryMatch): number {
  return (
    b.score - a.score ||
    Number(b.context) - Number(a.context) ||
    b.unit.updatedAt - a.unit.updatedAt ||
    (a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0)
  );
}

/** The same pair stored twice (two projects, a TMX) is shown once, the newest. */
export function pairKey(normalizedSource: string, unit: MemoryUnit): string {
  return `${normalizedSource}\u0000${unit.target.trim()}`;
}

/**
 * boundFor with the query's length fixed, remembered per (length, shared) pair for units up to
 * four times the query's length: a look-up asks it for every unit sharing a bigram, and the
 * division and rounding cost more than a table read.
 */
class BoundTable {
  private table = new Int8Array(0);
  private length = 0;
  private widest = 0;

  prepare(length: number): void {
    this.length = length;
    this.widest = 4 * length;
    const size = (this.widest + 1) * (length + 1);
    if (this.table.length < size) this.table = new Int8Array(size);
    this.table.fill(-1, 0, size);
  }

  bound(other: number, shared: number): number {
    const { length } = this;
    if (other > this.widest || shared > length) return boundFor(length, other, shared);
    const at = other * (length + 1) + shared;
    let bound = this.table[at] as number;
    if (bound < 0) {
      bound = boundFor(length, other, shared);
      this.table[at] = bound;
    }
    return bound;
  }
}

/** The highest score a text `other` long sharing `shared` bigrams with the query can have. */
function boundFor(length: number, other: number, shared: number): number {
  const longest = Math.max(length, other);
  const fewestEdits = Math.max(Math.abs(length - other), Math.ceil((longest - 1 - shared) / 2), 0);
  return scoreForEdits(longest, fewestEdits);
}

/**
 * The fewest bigrams a unit must share with a query `length` long to score `cutoff` or more,
 * whatever the unit's length (a longer unit allows more edits, but its length differs).
 */
function fewestSharedFor(length: number, cutoff: number): number {
  let fewest = Infinity;
  for (let longest = length; ; longest += 1) {
    const edits = mostEditsFor(longest, cutoff);
    if (edits < 0 || longest - length > edits) break;
    fewest = Math.min(fewest, longest - 1 - 2 * edits);
  }
  return fewest;
}

/** The most edits two texts, the longer `longest` long, can be apart and score `cutoff`; or −1. */
function mostEditsFor(longest: number, cutoff: number): number {
  if (scoreForEdits(longest, 0) < cutoff) return -1;
  let low = 0;
  let high = longest;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (scoreForEdits(longest, middle) >= cutoff) low = middle;
    else high = middle - 1;
  }
  return low;
}

function grown(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Two neighbouring UTF-16 units (a Han character is one) as one int. */
function bigramAt(text: string, index: number): number {
  return (text.charCodeAt(index) << 16) | text.charCodeAt(index + 1) | 0;
}

/** Bigrams to dense ids: an open-addressing hash table on ints (no boxed keys, no Map). */
class BigramIds {
  private keys = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12).fill(-1);
  private bits = 12;
  private count = 0;

  find(key: number): number {
    const mask = this.keys.length - 1;
    for (let at = this.slotOf(key); ; at = (at + 1) & mask) {
      const id = this.ids[at] as number;
      if (id < 0 || this.keys[at] === key) return id;
    }
  }

  intern(key: number): number {
    const mask = this.keys.length - 1;
    for (let at = this.slotOf(key); ; at = (at + 1) & mask) {
      const id = this.ids[at] as number;
      if (id >= 0 && this.keys[at] === key) return id;
      if (id < 0) {
        const added = this.count++;
        this.keys[at] = key;
        this.ids[at] = added;
        if (this.count * 2 > this.keys.length) this.grow();
        return added;
      }
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
  }

  private grow(): void {
    const { keys, ids } = this;
    this.bits += 1;
    this.keys = new Int32Array(1 << this.bits);
    this.ids = new Int32Array(1 << this.bits).fill(-1);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old += 1) {
      const id = ids[old] as number;
      if (id < 0) continue;
      const key = keys[old] as number;
      let at = this.slotOf(key);
      while ((this.ids[at] as number) >= 0) at = (at + 1) & mask;
      this.keys[at] = key;
      this.ids[at] = id;
    }
  }
}
