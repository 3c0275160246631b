import { afterEach, describe, expect, it, vi } from 'vitest';
import { withSaveLock } from './saveLock';

/** A LockManager stand-in that grants one exclusive lock per name at a time, in order. */
function fakeLocks() {
  const queues = new Map<string, Promise<unknown>>();
  const names: string[] = [];
  return {
    names,
    request: (name: string, _options: unknown, callback: () => Promise<unknown>) => {
      names.push(name);
      const previous = queues.get(name) ?? Promise.resolve();
      const run = previous.then(callback, callback);
      queues.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the save lock', () => {
  it('runs saves under one name one at a time, in order', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const events: string[] = [];
    const save = (label: string, ms: number) =>
      withSaveLock('segments:db:p', async () => {
        events.push(`${label} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        events.push(`${label} end`);
        return label;
      });
    expect(await Promise.all([save('first', 20), save('second', 0)])).toEqual(['first', 'second']);
    expect(events).toEqual(['first start', 'first end', 'second start', 'second end']);
    expect(locks.names).toEqual(['segments:db:p', 'segments:db:p']);
  });

  it('passes a failed save’s error on', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    await expect(withSaveLock('x', () => Promise.reject(new Error('quota')))).rejects.toThrow(
      'quota',
    );
  });

  it('still saves where the browser has no Web Locks', async () => {
    vi.stubGlobal('navigator', {});
    expect(await withSaveLock('x', () => Promise.resolve(42))).toBe(42);
  });
});
