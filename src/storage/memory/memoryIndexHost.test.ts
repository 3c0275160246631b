import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import { shardRanges } from '../../domain/memory/memoryShards';
import { memoryShardBoundaries, memoryUnitsInChunks, putMemoryUnits } from '../repositories/memory';
import { MemoryIndexHost } from './memoryIndexHost';

const sources = [
  '加快推進工業互聯網創新發展',
  '制定產業互聯網國家戰略',
  '推进开源协同创新生态',
  '支持中小微企业数字化转型',
];

const unit = (index: number, projectId?: string): MemoryUnit => ({
  id: `${projectId ? `project:${projectId}` : 'tmx'}:${String(index).padStart(4, '0')}`,
  source: `${sources[index % sources.length] ?? ''}${index}`,
  target: `English ${index}`,
  sourceLang: 'zh-Hant',
  targetLang: 'en',
  origin: projectId
    ? { kind: 'project', projectId, segmentId: String(index), projectName: 'Proposal' }
    : { kind: 'tmx', file: 'bench.tmx' },
  ...(projectId ? { projectId } : {}),
  createdAt: index,
  updatedAt: index,
});

describe('loading the memory', () => {
  it('reads every unit once, in chunks', async () => {
    const db = freshDb();
    await putMemoryUnits(
      db,
      Array.from({ length: 25 }, (_, index) => unit(index)),
    );
    const chunks: number[] = [];
    const ids: string[] = [];
    for await (const chunk of memoryUnitsInChunks(db, 10)) {
      chunks.push(chunk.length);
      ids.push(...chunk.map(({ id }) => id));
    }
    expect(chunks).toEqual([10, 10, 5]);
    expect(new Set(ids).size).toBe(25);
    db.close();
  });

  it('indexes the open project’s units first, then the rest, and counts each unit once', async () => {
    const db = freshDb();
    await putMemoryUnits(db, [
      ...Array.from({ length: 12 }, (_, index) => unit(index)),
      ...Array.from({ length: 3 }, (_, index) => unit(100 + index, 'open')),
    ]);
    const sizes: number[] = [];
    const host = await MemoryIndexHost.open(db, () => sizes.push(host.size), 'open');
    await host.loaded;
    // The project's 3 units, then the one chunk of all 15 (its 3 already there).
    expect(sizes).toEqual([3, 15, 15]);
    expect(host.loading).toBe(false);
    const [best] = host.lookup({ source: '加快推進工業互聯網創新發展100', limit: 1 });
    expect(best).toMatchObject({ score: 100, unit: { id: 'project:open:0100' } });
    host.close();
    db.close();
  });

  it('shares the memory out between two workers’ hosts, each reading only its range', async () => {
    const db = freshDb();
    await putMemoryUnits(db, [
      ...Array.from({ length: 30 }, (_, index) => unit(index)),
      ...Array.from({ length: 10 }, (_, index) => unit(200 + index, 'open')),
    ]);
    const ranges = shardRanges(await memoryShardBoundaries(db, 2));
    expect(ranges).toHaveLength(2);
    const read: string[][] = [];
    for (const range of ranges) {
      const ids: string[] = [];
      for await (const chunk of memoryUnitsInChunks(db, 7, range))
        ids.push(...chunk.map(({ id }) => id));
      read.push(ids);
    }
    expect(read.map((ids) => ids.length)).toEqual([20, 20]);
    expect(new Set(read.flat()).size).toBe(40);
    const hosts = await Promise.all(
      ranges.map((range) => MemoryIndexHost.open(db, () => undefined, 'open', range)),
    );
    await Promise.all(hosts.map((host) => host.loaded));
    expect(hosts.map((host) => host.size)).toEqual([20, 20]);
    // A unit written later is indexed by the one host whose range holds its id.
    await putMemoryUnits(db, [unit(500)]);
    await Promise.all(hosts.map((host) => host.refresh(['tmx:0500'])));
    expect(hosts.reduce((sum, host) => sum + host.size, 0)).toBe(41);
    for (const host of hosts) host.close();
    db.close();
  });
});
