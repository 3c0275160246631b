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

beforeEach(async () => {
  db = freshDb();
  projectId = (await createProject(db, sampleProject(['標題', '第一段。', '第二段。']))).id;
});

afterEach(() => {
  db.close();
});

const translate = (text: string) => ({
  translation: plainTextToRichText(text),
  translationText: text,
});

describe('SegmentStore', () => {
  it('applies an edit at once and writes it after the debounce', async () => {
    const store = await SegmentStore.open(db, projectId, { debounceMs: 20 });
    store.update('s2', translate('First paragraph.'));
    expect(store.get('s2')?.translationText).toBe('First paragraph.');
    expect(store.getSaveState().kind).toBe('saving');
    await vi.waitFor(async () => {
      const [, saved] = await loadSegments(db, projectId);
      expect(saved?.translationText).toBe('First paragraph.');
    });
    await vi.waitFor(() => expect(store.getSaveState().kind).toBe('saved'));
  });

  it('makes an edited segment a draft and a confirmed one counts for progress', async () => {
    const store = await SegmentStore.open(db, projectId);
    store.update('s2', translate('First paragraph.'));
    expect(store.get('s2')?.status).toBe('draft');
    expect(store.getProgress().percent).toBe(0);
    store.update('s2', { status: 'translated' });
    // 第一段。: three characters; the full stop does not count.
    expect(store.getProgress().doneCharacters).toBe(3);
    await store.flush();
    const reopened = await SegmentStore.open(db, projectId);
    expect(reopened.get('s2')?.status).toBe('translated');
  });

  it('notifies only the edited segment', async () => {
    const store = await SegmentStore.open(db, projectId);
    const onFirst = vi.fn();
    const onSecond = vi.fn();
    store.subscribeSegment('s2', onFirst);
    store.subscribeSegment('s3', onSecond);
    store.update('s2', translate('x'));
    expect(onFirst).toHaveBeenCalledTimes(1);
    expect(onSecond).not.toHaveBeenCalled();
    await store.flush();
  });

  it('keeps an edit whose write failed, shows the error and writes it on retry', async () => {
    const store = await SegmentStore.open(db, projectId, { retryMs: 10 });
    const failOnce = vi
      .spyOn(db.segments, 'put')
      .mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    store.update('s3', translate('Second paragraph.'));
    await store.flush();
    expect(store.getSaveState()).toEqual({
      kind: 'error',
      message: expect.stringContaining('Quota exceeded') as string,
    });
    expect(store.get('s3')?.translationText).toBe('Second paragraph.');
    failOnce.mockRestore();
    await vi.waitFor(async () => {
      const saved = await loadSegments(db, projectId);
      expect(saved[2]?.translationText).toBe('Second paragraph.');
      expect(store.getSaveState().kind).toBe('saved');
    });
  });

  it('writes edits in the order they were made', async () => {
    const store = await SegmentStore.open(db, projectId, { debounceMs: 1 });
    for (const text of ['a', 'ab', 'abc']) {
      store.update('s2', translate(text));
      void store.flush();
    }
    await store.flush();
    const saved = await loadSegments(db, projectId);
    expect(saved[1]?.translationText).toBe('abc');
  });

  it('replays an edit that never reached IndexedDB when the project opens again', async () => {
    const crashed = await SegmentStore.open(db, projectId, { debounceMs: 60_000 });
    crashed.update('s2', translate('Typed just before the tab died'));
    // No flush: the tab is gone before the debounced write.
    const reopened = await SegmentStore.open(db, projectId);
    expect(reopened.get('s2')?.translationText).toBe('Typed just before the tab died');
    expect(reopened.get('s2')?.status).toBe('draft');
    await reopened.flush();
    const saved = await loadSegments(db, projectId);
    expect(saved[1]?.translationText).toBe('Typed just before the tab died');
    expect(localStorage.length).toBe(0);
  });

  it('does not replay an edit over a newer saved one', async () => {
    const crashed = await SegmentStore.open(db, projectId, { debounceMs: 60_000 });
    crashed.update('s2', translate('old'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const other = await SegmentStore.open(db, projectId);
    other.update('s2', translate('newer, from another tab'));
    await other.flush();
    const reopened = await SegmentStore.open(db, projectId);
    expect(reopened.get('s2')?.translationText).toBe('newer, from another tab');
  });

  it('shows another tab’s saved edit at once', async () => {
    const here = await SegmentStore.open(db, projectId);
    const there = await SegmentStore.open(db, projectId);
    const seen = vi.fn();
    here.subscribeSegment('s3', seen);
    there.update('s3', translate('From the other tab'));
    await there.flush();
    await vi.waitFor(() => expect(here.get('s3')?.translationText).toBe('From the other tab'));
    expect(seen).toHaveBeenCalled();
    here.close();
    there.close();
  });

  it('keeps both versions when two tabs edit the same segment, until one is chosen', async () => {
    const here = await SegmentStore.open(db, projectId);
    const there = await SegmentStore.open(db, projectId);
    here.close(); // no live sync: the later save must catch the conflict itself
    there.update('s2', translate('Theirs'));
    await there.flush();
    here.update('s2', translate('Mine'));
    await here.flush();
    expect(here.getConflict('s2')?.translationText).toBe('Theirs');
    expect((await loadSegments(db, projectId))[1]?.translationText).toBe('Theirs');
    expect(here.getSaveState().kind).toBe('saved');
    here.resolveConflict('s2', 'mine');
    await here.flush();
    expect(here.getConflict('s2')).toBeUndefined();
    expect((await loadSegments(db, projectId))[1]?.translationText).toBe('Mine');
    there.close();
  });

  it('takes the other tab’s version when the translator chooses it', async () => {
    const here = await SegmentStore.open(db, projectId);
    const there = await SegmentStore.open(db, projectId);
    here.close();
    there.update('s2', translate('Theirs'));
    await there.flush();
    here.update('s2', translate('Mine'));
    await here.flush();
    here.resolveConflict('s2', 'theirs');
    expect(here.get('s2')?.translationText).toBe('Theirs');
    await here.flush();
    expect((await loadSegments(db, projectId))[1]?.translationText).toBe('Theirs');
    there.close();
  });

  it('writes an import in one go after its own queued edits, and updates rows and progress', async () => {
    const store = await SegmentStore.open(db, projectId, { debounceMs: 10_000 });
    store.close();
    store.update('s1', translate('Typed just before'));
    const listener = vi.fn();
    store.subscribeSegment('s2', listener);
    const result = await store.applyImport(
      new Map([['s2', { ...translate('Imported'), status: 'reviewed' as const }]]),
      () => Promise.resolve('terms written'),
    );
    expect(result).toEqual({ written: 1, changedElsewhere: [], also: 'terms written' });
    expect(store.get('s2')).toMatchObject({ translationText: 'Imported', status: 'reviewed' });
    expect(listener).toHaveBeenCalled();
    expect(store.getExternalRevision('s2')).toBe(1);
    expect(store.getProgress().percent).toBeGreaterThan(0);
    const saved = await loadSegments(db, projectId);
    expect(saved.map((segment) => segment.translationText)).toEqual([
      'Typed just before',
      'Imported',
      '',
    ]);
    expect(store.storedRevision('s2')).toBe(saved[1]?.updatedAt);
  });

  it('writes nothing of an import when the write fails', async () => {
    const store = await SegmentStore.open(db, projectId);
    store.close();
    await expect(
      store.applyImport(
        new Map([
          ['s2', translate('Imported')],
          ['gone', translate('No such segment')],
        ]),
        () => Promise.resolve(),
      ),
    ).rejects.toThrow();
    expect(store.get('s2')?.translationText).toBe('');
    expect((await loadSegments(db, projectId))[1]?.translationText).toBe('');
  });

  it('writes no segment of an import whose glossary part fails', async () => {
    const store = await SegmentStore.open(db, projectId);
    store.close();
    await expect(
      store.applyImport(new Map([['s2', translate('Imported')]]), async () => {
        await db.glossary.add({ id: 'bad' } as never);
        throw new Error('glossary refused');
      }),
    ).rejects.toThrow('glossary refused');
    expect((await loadSegments(db, projectId))[1]?.translationText).toBe('');
    expect(await db.glossary.count()).toBe(0);
  });

  it('saves under the project’s Web Lock, so two tabs’ saves never interleave', async () => {
    const names: string[] = [];
    vi.stubGlobal('navigator', {
      locks: {
        request: (name: string, _options: unknown, save: () => Promise<unknown>) => {
          // The write-ahead log holds a lock of its own for as long as the store is open.
          if (name.startsWith('segments:')) names.push(name);
          return save();
        },
        query: () => Promise.resolve({ held: [] }),
      },
    });
    try {
      const store = await SegmentStore.open(db, projectId);
      store.close();
      store.update('s2', translate('Locked'));
      await store.flush();
      expect(names).toEqual([`segments:${db.name}:${projectId}`]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses to report everything written while a write is failing', async () => {
    const store = await SegmentStore.open(db, projectId, { retryMs: 60_000 });
    store.close();
    vi.spyOn(db.segments, 'put').mockRejectedValue(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );
    store.update('s2', translate('Only in memory'));
    await expect(store.flushOrFail()).rejects.toThrow('Quota exceeded');
    vi.restoreAllMocks();
  });

  it('gives summaries a new saved snapshot when another tab’s edit arrives', async () => {
    const here = await SegmentStore.open(db, projectId);
    const there = await SegmentStore.open(db, projectId);
    here.close();
    there.close();
    const before = here.getSavedSnapshot();
    there.update('s2', translate('From the other tab'));
    await there.flush();
    here.applyExternal((await loadSegments(db, projectId)).slice(1, 2));
    expect(here.getSavedSnapshot()).not.toBe(before);
    expect(here.getSavedSnapshot()[1]?.translationText).toBe('From the other tab');
  });
});
