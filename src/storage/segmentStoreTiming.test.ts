import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../test/helpers/testDb';
import { sampleProject } from '../../test/helpers/sampleProject';
import { plainTextToRichText } from '../domain/model/richTextToPlainText';
import type { WorkspaceDb } from './db';
import { createProject } from './repositories/projects';
import { loadSegments } from './repositories/segments';
import { SegmentStore } from './segmentStore';

let db: WorkspaceDb;
let projectId: string;
let store: SegmentStore;
let flushes: ReturnType<typeof vi.spyOn>;

// The store's own timings (300 ms quiet, 2 s longest wait, 2 s retry), on a fake clock. Only
// setTimeout is faked: Dexie and fake-indexeddb need real microtasks and setImmediate.
beforeEach(async () => {
  db = freshDb();
  projectId = (await createProject(db, sampleProject(['標題', '第一段。', '第二段。']))).id;
  store = await SegmentStore.open(db, projectId);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // Every write the timers start goes through flush; counting its calls says when one started.
  flushes = vi.spyOn(store, 'flush');
});

afterEach(() => {
  vi.useRealTimers();
  db.close();
});

const translate = (text: string) => ({
  translation: plainTextToRichText(text),
  translationText: text,
});

/**
 * The write the timers' `flush` number `call` started, once over. (vi.waitFor would not do: with
 * fake timers it advances the clock while it waits.)
 */
async function writeStartedBy(call: number): Promise<void> {
  await (flushes.mock.results[call - 1]?.value as Promise<void> | undefined);
}

async function storedText(): Promise<string | undefined> {
  return (await loadSegments(db, projectId))[1]?.translationText;
}

describe('the save queue’s timing', () => {
  it('writes an edit 300 ms after the last keystroke, not before', async () => {
    store.update('s2', translate('F'));
    await vi.advanceTimersByTimeAsync(100);
    store.update('s2', translate('Fi'));
    await vi.advanceTimersByTimeAsync(299);
    expect(flushes).not.toHaveBeenCalled();
    expect(await storedText()).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    expect(flushes).toHaveBeenCalledTimes(1);
    await writeStartedBy(1);
    expect(await storedText()).toBe('Fi');
    expect(store.getSaveState().kind).toBe('saved');
  });

  it('writes at most 2 s after the first edit while typing goes on every 100 ms', async () => {
    const typed = 'Typing that never pauses';
    for (let length = 1; length <= 20; length += 1) {
      store.update('s2', translate(typed.slice(0, length)));
      if (length < 20) await vi.advanceTimersByTimeAsync(100);
    }
    // 1,900 ms after the first edit, 0 ms after the last: nothing written yet.
    expect(flushes).not.toHaveBeenCalled();
    expect(await storedText()).toBe('');
    await vi.advanceTimersByTimeAsync(100);
    expect(flushes).toHaveBeenCalledTimes(1);
    await writeStartedBy(1);
    expect(await storedText()).toBe(typed.slice(0, 20));
  });

  it('retries a failed write after the retry delay, with the latest text', async () => {
    const failOnce = vi
      .spyOn(db.segments, 'put')
      .mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    store.update('s2', translate('Kept through a failure'));
    await vi.advanceTimersByTimeAsync(300);
    expect(flushes).toHaveBeenCalledTimes(1);
    await writeStartedBy(1);
    expect(store.getSaveState().kind).toBe('error');
    await vi.advanceTimersByTimeAsync(1999);
    expect(flushes).toHaveBeenCalledTimes(1);
    expect(await storedText()).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    expect(flushes).toHaveBeenCalledTimes(2);
    await writeStartedBy(2);
    expect(await storedText()).toBe('Kept through a failure');
    expect(store.getSaveState().kind).toBe('saved');
    expect(failOnce).toHaveBeenCalledTimes(2);
  });
});
