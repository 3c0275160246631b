import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/testDb';
import { sampleProject } from '../../test/helpers/sampleProject';
import { plainTextToRichText } from '../domain/model/richTextToPlainText';
import type { Segment } from '../domain/model/segment';
import type { WorkspaceDb } from './db';
import { createProject } from './repositories/projects';
import { loadSegments } from './repositories/segments';
import { SegmentStore } from './segmentStore';

let db: WorkspaceDb;
let projectId: string;
let before: Segment[];

beforeEach(async () => {
  db = freshDb();
  projectId = (await createProject(db, sampleProject(['標題', '第一段。', '第二段。']))).id;
  before = await loadSegments(db, projectId);
});

afterEach(() => {
  db.close();
});

/** A log left by a closed tab, as it sits in localStorage before the project opens. */
function plantLog(text: string): void {
  localStorage.setItem(`wal:${db.name}:${projectId}:closed-tab`, text);
}

const later = () => Date.now() + 60_000;
const doc = (text: string) => plainTextToRichText(text);

describe('replaying the write-ahead log', () => {
  it.each([
    [
      'a status that is a number (issue 14)',
      { s3: { patch: { translation: 'garbage', status: 42 }, at: 0 } },
    ],
    ['an unknown status', { s3: { patch: { status: 'finished' }, at: 0 } }],
    [
      'a translation that is not a doc',
      { s3: { patch: { translation: { type: 'paragraph' } }, at: 0 } },
    ],
    [
      'notes text that is not a string',
      { s3: { patch: { notes: doc('n'), notesText: 7 }, at: 0 } },
    ],
    ['a translation text without its doc', { s3: { patch: { translationText: 'bare' }, at: 0 } }],
    ['no timestamp', { s3: { patch: { status: 'draft' } } }],
    ['a timestamp that is not a number', { s3: { patch: { status: 'draft' }, at: 'now' } }],
    ['no patch', { s3: { at: 0 } }],
    ['a field an edit never changes', { s3: { patch: { source: 'overwritten' }, at: 0 } }],
    ['a newer format version', { s3: { v: 2, patch: { status: 'draft' }, at: 0 } }],
    ['an entry that is a string', { s3: 'draft' }],
    ['an entry for a segment that does not exist', { gone: { patch: { status: 'draft' }, at: 0 } }],
  ])('never applies an entry with %s, and keeps it apart', async (_case, log) => {
    const timed = JSON.parse(JSON.stringify(log).replaceAll('"at":0', `"at":${later()}`)) as object;
    plantLog(JSON.stringify(timed));
    const store = await SegmentStore.open(db, projectId);
    await store.flush();
    expect(await loadSegments(db, projectId)).toEqual(before);
    expect(store.get('s3')).toEqual(before[2]);
    const [entry] = Object.values(timed) as unknown[];
    const [segmentId] = Object.keys(timed);
    expect(store.getSetAsideEdits()).toEqual([expect.objectContaining({ segmentId, entry })]);
    // Kept apart, not lost: a later opening still has it.
    const reopened = await SegmentStore.open(db, projectId);
    expect(reopened.getSetAsideEdits()).toHaveLength(1);
  });

  it('keeps a half-written log apart as the text it was', async () => {
    const half = `{"s3":{"v":1,"patch":{"translation":{"type":"doc","con`;
    plantLog(half);
    const store = await SegmentStore.open(db, projectId);
    await store.flush();
    expect(await loadSegments(db, projectId)).toEqual(before);
    expect(store.getSetAsideEdits()).toEqual([
      expect.objectContaining({ segmentId: null, entry: half, reason: 'notJson' }),
    ]);
  });

  it('applies the valid entries of a log that also holds a malformed one', async () => {
    const at = later();
    plantLog(
      JSON.stringify({
        s2: { v: 1, patch: { translation: doc('Kept'), translationText: 'Kept' }, at },
        s3: { patch: { translation: 'garbage', status: 42 }, at },
      }),
    );
    const store = await SegmentStore.open(db, projectId);
    await store.flush();
    const saved = await loadSegments(db, projectId);
    expect(saved[1]?.translationText).toBe('Kept');
    expect(saved[2]).toEqual(before[2]);
    expect(store.getSetAsideEdits()).toHaveLength(1);
  });

  it('applies an entry in the format written before entries had a version', async () => {
    plantLog(
      JSON.stringify({
        s3: {
          patch: { translation: doc('Old format'), translationText: 'Old format', status: 'draft' },
          at: later(),
        },
      }),
    );
    const store = await SegmentStore.open(db, projectId);
    await store.flush();
    const saved = await loadSegments(db, projectId);
    expect(saved[2]).toMatchObject({ translationText: 'Old format', status: 'draft' });
    expect(store.getSetAsideEdits()).toEqual([]);
  });

  it('writes entries with their format version', async () => {
    const store = await SegmentStore.open(db, projectId, { debounceMs: 60_000 });
    store.update('s2', { translation: doc('x'), translationText: 'x' });
    const [key] = Object.keys(localStorage).filter((name) => name.startsWith('wal:'));
    expect(JSON.parse(localStorage.getItem(key ?? '') ?? '{}')).toMatchObject({
      s2: { v: 1, patch: { translationText: 'x' } },
    });
    await store.flush();
  });

  it('no longer announces a dismissed entry, but still keeps it', async () => {
    plantLog(JSON.stringify({ s3: { patch: { status: 42 }, at: later() } }));
    const store = await SegmentStore.open(db, projectId);
    const [edit] = store.getSetAsideEdits();
    store.dismissSetAside(edit?.id ?? '');
    expect(store.getSetAsideEdits()).toEqual([]);
    expect(localStorage.getItem(`wal-aside:${db.name}:${projectId}`)).toContain('"status":42');
  });
});
