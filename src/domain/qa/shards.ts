import type { QaPrecomputed } from './QaEngine';

/**
 * A whole-project check split across workers: each checks a contiguous range of the segments
 * (`QaEngine.precompute` looks at one segment at a time, and the consistency check only needs
 * each segment's keys, which the page groups), and the parts are joined back in order.
 */

/** Below this many segments one worker does it all: starting another costs more than it saves. */
export const minSegmentsToShard = 2000;

/** `count` segments cut into at most `shards` contiguous ranges of nearly equal size. */
export function shardRanges(count: number, shards: number): { start: number; end: number }[] {
  const parts = count < minSegmentsToShard ? 1 : Math.max(1, Math.min(shards, count));
  const ranges: { start: number; end: number }[] = [];
  for (let part = 0; part < parts; part += 1)
    ranges.push({
      start: Math.floor((count * part) / parts),
      end: Math.floor((count * (part + 1)) / parts),
    });
  return ranges;
}

/** The results of consecutive ranges (in order, each from its range's `start`) as one. */
export function joinShards(
  parts: readonly { start: number; result: QaPrecomputed }[],
): QaPrecomputed {
  if (parts.length === 1 && parts[0]?.start === 0) return parts[0].result;
  const joined: QaPrecomputed = {
    flagged: [],
    own: [],
    terminology: [],
    sourceKeys: [],
    englishKeys: [],
  };
  for (const { start, result } of parts) {
    for (const position of result.flagged) joined.flagged.push(start + position);
    joined.own.push(...result.own);
    joined.terminology.push(...result.terminology);
    joined.sourceKeys.push(...result.sourceKeys);
    joined.englishKeys.push(...result.englishKeys);
  }
  return joined;
}
