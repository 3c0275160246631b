import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import { memoryUnitsInChunks, putMemoryUnits } from '../repositories/memory';
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
});
