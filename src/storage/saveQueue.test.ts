import { describe, expect, it } from 'vitest';
import { SaveQueue, type SaveState } from './saveQueue';

const timing = { debounceMs: 60_000, maxWaitMs: 60_000, retryMs: 60_000 };

describe('the save indicator’s state', () => {
  it('is told once when saving begins and once when it ends, but of every failure', () => {
    const queue = new SaveQueue(timing, () => undefined);
    const told: SaveState[] = [];
    queue.subscribeSaveState(() => told.push(queue.getSaveState()));
    queue.edited();
    queue.edited();
    queue.setSaveState({ kind: 'error', message: 'Quota exceeded' });
    queue.setSaveState({ kind: 'error', message: 'The database was closed' });
    queue.setSaveState({ kind: 'saved' });
    queue.setSaveState({ kind: 'saved' });
    queue.clearTimers();
    expect(told).toEqual([
      { kind: 'saving' },
      { kind: 'error', message: 'Quota exceeded' },
      { kind: 'error', message: 'The database was closed' },
      { kind: 'saved' },
    ]);
  });
});
