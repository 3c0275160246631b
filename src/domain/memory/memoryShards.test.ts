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
  compareConcordanceHits,
  joinShardBest,
  joinShardConcordance,
  joinShardMatches,
  shardOf,
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

const built = new Map<number, MemoryIndex[]>();
function indexesOf(count: number): MemoryIndex[] {
  let shards = built.get(count);
  if (!shards) {
    shards = Array.from({ length: count }, () => new MemoryIndex(normalize));
    for (const unit of memory) shards[shardOf(unit.id, count)]?.add(unit);
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

  it('puts each unit in one shard, about half in each', () => {
    const counts = [0, 0];
    for (const unit of memory) counts[shardOf(unit.id, 2)] = (counts[shardOf(unit.id, 2)] ?? 0) + 1;
    expect((counts[0] ?? 0) + (counts[1] ?? 0)).toBe(memory.length);
    expect(Math.min(counts[0] ?? 0, counts[1] ?? 0) / memory.length).toBeGreaterThan(0.45);
    expect(shardOf('tmx:bench:1', 1)).toBe(0);
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
    const newestFirst = (list: readonly MemoryUnit[]) =>
      [...list].sort((a, b) =>
        compareConcordanceHits(
          { unit: a, sourceRanges: [], targetRanges: [] },
          { unit: b, sourceRanges: [], targetRanges: [] },
        ),
      );
    const search = (list: readonly MemoryUnit[]) => {
      const index = new ConcordanceIndex(fold);
      index.setUnits(newestFirst(list));
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
