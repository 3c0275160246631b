import type { ConcordanceHit } from './concordance';
import { compareMatches, type MemoryMatch } from './MemoryIndex';
import type { MemoryUnit } from './memoryUnit';

/**
 * The memory split across workers that look up side by side: each shard holds the units whose
 * ids fall in its range (so a worker reads only its own rows from the database), each answers
 * from its own units, and the answers are joined here exactly as one index over all the units
 * would have given them.
 */

/** Ids from `from` (included) up to `to` (excluded); an end left out is open. */
export interface ShardRange {
  from?: string;
  to?: string;
}

export function inShard(range: ShardRange, id: string): boolean {
  return (
    (range.from === undefined || id >= range.from) && (range.to === undefined || id < range.to)
  );
}

/** The ranges between ascending boundary ids: one more range than boundaries, covering all ids. */
export function shardRanges(boundaries: readonly string[]): ShardRange[] {
  const ranges: ShardRange[] = [];
  let from: string | undefined;
  for (const boundary of boundaries) {
    if (from !== undefined && boundary <= from) continue;
    ranges.push(from === undefined ? { to: boundary } : { from, to: boundary });
    from = boundary;
  }
  ranges.push(from === undefined ? {} : { from });
  return ranges;
}

/** One shard's answer to a look-up: its best matches and, for each, its pair key (`pairKey`). */
export interface ShardMatches {
  matches: MemoryMatch[];
  pairs: string[];
}

/**
 * The best `limit` matches of all shards, each pair once (the one ranked first, as one index
 * keeps it). Each shard sends its best `limit` distinct pairs, so every pair of the overall best
 * is among them.
 */
export function joinShardMatches(answers: readonly ShardMatches[], limit: number): MemoryMatch[] {
  const all: { match: MemoryMatch; pair: string }[] = [];
  for (const { matches, pairs } of answers)
    matches.forEach((match, at) => all.push({ match, pair: pairs[at] ?? '' }));
  all.sort((a, b) => compareMatches(a.match, b.match));
  const seen = new Set<string>();
  const joined: MemoryMatch[] = [];
  for (const { match, pair } of all) {
    if (seen.has(pair)) continue;
    seen.add(pair);
    joined.push(match);
    if (joined.length === limit) break;
  }
  return joined;
}

/** The best match of each query over all shards (Pre-translate), or null where none has one. */
export function joinShardBest(
  answers: readonly (readonly (MemoryMatch | null)[])[],
): (MemoryMatch | null)[] {
  const joined: (MemoryMatch | null)[] = [...(answers[0] ?? [])];
  for (const answer of answers.slice(1)) {
    answer.forEach((match, at) => {
      const current = joined[at] ?? null;
      if (match && (!current || compareMatches(match, current) < 0)) joined[at] = match;
    });
  }
  return joined;
}

/** The order concordance searches units in: newest first, then by id (descending). */
export function newestUnitFirst(a: MemoryUnit, b: MemoryUnit): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The shards' concordance hits as one search's: the first `limit` in order, counts summed. */
export function joinShardConcordance<Result extends { hits: ConcordanceHit[]; total: number }>(
  results: readonly Result[],
  limit: number,
): { hits: ConcordanceHit[]; total: number } {
  const hits = results
    .flatMap((result) => result.hits)
    .sort((a, b) => newestUnitFirst(a.unit, b.unit));
  return {
    hits: hits.slice(0, limit),
    total: results.reduce((sum, result) => sum + result.total, 0),
  };
}
