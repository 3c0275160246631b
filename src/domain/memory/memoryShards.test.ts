import { beforeAll, describe, expect, it } from 'vitest';
import {
  hundredCharacterSources,
  memoryUnits,
  random,
  variedSource,
} from '../../../test/bench/memoryUnits';
import { makeCharFold, type CharFold } from '../glossary/charFold';
import { loadScriptConverter } from '../script/convertScript';
import { ConcordanceIndex } from './concordance';
import { MemoryIndex, pairKey, type MemoryMatch, type MemoryQuery } from './MemoryIndex';
import type { MemoryUnit } from './memoryUnit';
import {
  joinShardBest,
  joinShardConcordance,
  joinShardMatches,
  inShard,
  newestUnitFirst,
  shardRanges,
} from './memoryShards';
import { normalizeSource } from './normalizeSource';

let fold: CharFold;
let normalize: (text: string) => string;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
  normalize = (text) => normalizeSource(text, fold);
});

// The bench's memory, smaller, with pairs stored twice (a TMX and a project) across the shards
// and units of different dates: what joining must rank and collapse as one index does.
const units: MemoryUnit[] = memoryUnits(3000, 17).map((unit, at) =>
  at % 7 === 0 ? { ...unit, updatedAt: unit.updatedAt - 5000 } : unit,
);
const copies = units.slice(0, 300).map((unit, at) => ({
  ...unit,
  id: `project:copy:${at}`,
  updatedAt: unit.updatedAt + (at % 2 === 0 ? 1 : -1),
}));
const memory = [...units, ...copies];

const shown = (matches: readonly (MemoryMatch | null)[]) =>
  matches.map((match) => (match ? `${match.unit.id} ${match.score}` : 'none'));

// Cut where the page cuts it: at the ids a `count`-th of the way through, in id order.
const ids = memory.map((unit) => unit.id).sort();
const rangesOf = (count: number) =>
  shardRanges(
    Array.from(
      { length: count - 1 },
      (_, at) => ids[Math.floor((ids.length * (at + 1)) / count)] ?? '',
    ),
  );
const shardOf = (id: string, count: number) =>
  rangesOf(count).findIndex((range) => inShard(range, id));

const built = new Map<number, MemoryIndex[]>();
function indexesOf(count: number): MemoryIndex[] {
  let shards = built.get(count);
  if (!shards) {
    const ranges = rangesOf(count);
    shards = ranges.map(() => new MemoryIndex(normalize));
    for (const unit of memory)
      shards[ranges.findIndex((range) => inShard(range, unit.id))]?.add(unit);
    built.set(count, shards);
  }
  return shards;
}

describe('the memory in two shards', () => {
  const next = random(23);
  const queries: MemoryQuery[] = [
    ...hundredCharacterSources(10, 31).map((source) => ({ source, limit: 5 })),
    ...hundredCharacterSources(3, 37).map((source) => ({ source, limit: 3, minScore: 70 })),
    ...Array.from({ length: 8 }, () => ({ source: variedSource(next), limit: 5 })),
    ...copies.slice(0, 6).map((unit) => ({ source: unit.source, limit: 5 })),
  ];

  it('puts each unit in exactly one shard, half in each', () => {
    const ranges = rangesOf(2);
    const holding = memory.map((unit) => ranges.filter((range) => inShard(range, unit.id)).length);
    expect(new Set(holding)).toEqual(new Set([1]));
    expect(memory.filter((unit) => shardOf(unit.id, 2) === 0).length).toBe(memory.length / 2);
    // Any id at all, a unit added later included, has one range.
    for (const id of ['', 'a', 'project:p:s1', 'tmx:x:0', '\uffff'])
      expect(ranges.filter((range) => inShard(range, id))).toHaveLength(1);
    expect(shardRanges([])).toEqual([{}]);
    expect(shardRanges(['m', 'm'])).toEqual([{ to: 'm' }, { from: 'm' }]);
  });

  it.each(queries.map((query, at) => [at, query] as const))(
    'query %i: the joined answers are one index’s',
    (_, query) => {
      const [whole] = indexesOf(1);
      const shards = indexesOf(2);
      const answers = shards.map((shard) => {
        const matches = shard.lookup(query);
        return {
          matches,
          pairs: matches.map(({ unit }) => pairKey(normalize(unit.source), unit)),
        };
      });
      expect(shown(joinShardMatches(answers, query.limit ?? 5))).toEqual(
        shown(whole?.lookup(query) ?? []),
      );
    },
  );

  it('joins Pre-translate’s best match of each segment', () => {
    const [whole] = indexesOf(1);
    const shards = indexesOf(2);
    const best = (index: MemoryIndex | undefined) =>
      queries.map((query) => index?.lookup({ ...query, limit: 1 })[0] ?? null);
    expect(shown(joinShardBest(shards.map(best)))).toEqual(shown(best(whole)));
  });

  it('joins concordance hits newest first, with the total of both', () => {
    const search = (list: readonly MemoryUnit[]) => {
      const index = new ConcordanceIndex(fold);
      index.setUnits([...list].sort(newestUnitFirst));
      return index.search('產業互聯網', 40);
    };
    const whole = search(memory);
    const joined = joinShardConcordance(
      [0, 1].map((shard) => search(memory.filter((unit) => shardOf(unit.id, 2) === shard))),
      40,
    );
    expect(whole.total).toBeGreaterThan(40);
    expect(joined.total).toBe(whole.total);
    expect(joined.hits.map((hit) => hit.unit.id)).toEqual(whole.hits.map((hit) => hit.unit.id));
  });
});
