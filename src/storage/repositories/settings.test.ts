import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../db';
import { defaultUntranslatedPolicy } from '../../domain/formats/publication/publishableSegments';
import { getExportPolicy, getViewState, setExportPolicy, setViewState } from './settings';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
  localStorage.clear();
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

describe('the view state', () => {
  it('comes back from the synchronous mirror when IndexedDB never got the last write', async () => {
    await setViewState(db, 'p', {
      activeSegmentId: 's1',
      activeField: 'translation',
      scrollTop: 0,
    });
    // The page ends before IndexedDB writes the next one; only the mirror has it.
    const never = new Promise<string>(() => undefined);
    vi.spyOn(db.settings, 'put').mockReturnValue(
      never as ReturnType<WorkspaceDb['settings']['put']>,
    );
    void setViewState(db, 'p', { activeSegmentId: 's9', activeField: 'notes', scrollTop: 900 });
    expect(await getViewState(db, 'p')).toEqual({
      activeSegmentId: 's9',
      activeField: 'notes',
      scrollTop: 900,
    });
  });

  it('comes from IndexedDB when the mirror is missing or older', async () => {
    await setViewState(db, 'p', {
      activeSegmentId: 's2',
      activeField: 'translation',
      scrollTop: 40,
    });
    localStorage.clear();
    expect((await getViewState(db, 'p')).activeSegmentId).toBe('s2');
  });
});

describe('the export choice', () => {
  it('is kept per project and keeps gaps visible until one is chosen', async () => {
    expect(await getExportPolicy(db, 'p1')).toBe(defaultUntranslatedPolicy);
    await setExportPolicy(db, 'p1', 'omit');
    await setExportPolicy(db, 'p2', 'source');
    expect(await getExportPolicy(db, 'p1')).toBe('omit');
    expect(await getExportPolicy(db, 'p2')).toBe('source');
  });

  it.each([['delete'], [42], [null], [{ policy: 'omit' }]])(
    'reads a stored %j, which is no choice, as the default',
    async (value) => {
      await db.settings.put({ key: 'exportPolicy:p1', value });
      expect(await getExportPolicy(db, 'p1')).toBe(defaultUntranslatedPolicy);
    },
  );
});
