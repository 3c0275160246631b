import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../db';
import { getViewState, setViewState } from './settings';

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
