import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/testDb';
import { sampleProject } from '../../test/helpers/sampleProject';
import { plainTextToRichText } from '../domain/model/richTextToPlainText';
import type { WorkspaceDb } from './db';
import { createProject } from './repositories/projects';
import { listRevisions } from './repositories/revisions';
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

describe('SegmentStore bulk edits (replace all and its undo)', () => {
  it('writes every segment in one go, each with a revision of its own even right after typing', async () => {
    const store = await SegmentStore.open(db, projectId);
    store.update('s2', translate('The Internet'));
    store.update('s3', translate('An Internet plan'));
    await store.flush();
    const changed: string[] = [];
    store.subscribeChanges((id) => changed.push(id));
    const result = await store.applyBulkEdit(
      new Map([
        ['s2', translate('The internet')],
        ['s3', translate('An internet plan')],
      ]),
    );
    expect(result).toEqual({ written: 2, changedElsewhere: [] });
    expect(changed).toEqual(['s2', 's3']);
    expect(store.get('s2')?.translationText).toBe('The internet');
    const saved = await loadSegments(db, projectId);
    expect(saved.map((segment) => segment.translationText)).toEqual([
      '',
      'The internet',
      'An internet plan',
    ]);
    // Typing and the replacement were seconds apart, yet history keeps both states.
    const history = await listRevisions(db, projectId, 's2');
    expect(history.map((revision) => revision.translationText)).toEqual([
      'The internet',
      'The Internet',
    ]);
  });

  it('tells every change to its subscribers, typing included', async () => {
    const store = await SegmentStore.open(db, projectId);
    const changed: string[] = [];
    const stop = store.subscribeChanges((id) => changed.push(id));
    store.update('s1', translate('Title'));
    store.update('s1', { status: 'translated' });
    stop();
    store.update('s2', translate('Not heard'));
    expect(changed).toEqual(['s1', 's1']);
    await store.flush();
  });
});
