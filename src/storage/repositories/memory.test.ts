import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import {
  countMemoryUnits,
  deleteMemoryUnits,
  listMemoryUnits,
  listProjectMemoryUnits,
  putMemoryUnits,
} from './memory';

const unit = (id: string, projectId: string | undefined, updatedAt: number): MemoryUnit => ({
  id,
  source: '加快推進工業互聯網創新發展',
  target: 'Speed up innovation in the industrial internet',
  sourceLang: 'zh-Hant',
  targetLang: 'en',
  origin: projectId
    ? { kind: 'project', projectId, segmentId: id, projectName: 'Proposal' }
    : { kind: 'tmx', file: 'omegat-project.tmx' },
  ...(projectId ? { projectId } : {}),
  createdAt: updatedAt,
  updatedAt,
});

describe('memory repository', () => {
  it('replaces a unit with the same id, lists oldest change first, and finds a project’s units', async () => {
    const db = freshDb();
    await putMemoryUnits(db, [unit('a', 'p1', 3), unit('b', undefined, 1)]);
    await putMemoryUnits(db, [{ ...unit('a', 'p1', 5), target: 'Accelerate innovation' }]);
    expect((await listMemoryUnits(db)).map(({ id, target }) => [id, target])).toEqual([
      ['b', 'Speed up innovation in the industrial internet'],
      ['a', 'Accelerate innovation'],
    ]);
    expect((await listProjectMemoryUnits(db, 'p1')).map(({ id }) => id)).toEqual(['a']);
    await deleteMemoryUnits(db, ['a']);
    expect(await countMemoryUnits(db)).toBe(1);
    db.close();
  });
});
