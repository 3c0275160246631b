import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleProject } from '../../../test/helpers/sampleProject';
import { freshDb } from '../../../test/helpers/testDb';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import { segmentTypePatch } from '../../domain/model/segmentType';
import type { WorkspaceDb } from '../db';
import { createProject } from './projects';
import { listRevisions, revisionCoalesceMs, revisionPauseMs, revisionsKept } from './revisions';
import { saveSegmentPatches } from './segments';

let db: WorkspaceDb;
let projectId: string;
let clock = 1_800_000_000_000;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
  db = freshDb();
  projectId = (await createProject(db, sampleProject(['標題', '第一段。']))).id;
});

afterEach(() => {
  db.close();
  vi.useRealTimers();
});

const save = async (text: string, status: 'draft' | 'translated' = 'draft') => {
  clock += 1000;
  vi.setSystemTime(clock);
  await saveSegmentPatches(
    db,
    projectId,
    new Map([
      [
        's2',
        {
          translation: plainTextToRichText(text),
          translationText: text,
          ...(status && { status }),
        },
      ],
    ]),
  );
};

describe('revision history', () => {
  it('coalesces a minute of typing into one revision, and starts a new one after', async () => {
    await save('F');
    await save('Fi');
    await save('First');
    expect((await listRevisions(db, projectId, 's2')).map((r) => r.translationText)).toEqual([
      'First',
    ]);
    clock += revisionCoalesceMs;
    await save('First draft');
    expect((await listRevisions(db, projectId, 's2')).map((r) => r.translationText)).toEqual([
      'First draft',
      'First',
    ]);
  });

  it('starts a new revision after a pause, even within the minute', async () => {
    await save('Before the export');
    clock += revisionPauseMs;
    await save('After the review');
    expect((await listRevisions(db, projectId, 's2')).map((r) => r.translationText)).toEqual([
      'After the review',
      'Before the export',
    ]);
  });

  it('keeps each status change as its own revision, with its time', async () => {
    await save('Draft text');
    await save('Draft text', 'translated');
    const [latest, earlier] = await listRevisions(db, projectId, 's2');
    expect(latest).toMatchObject({ status: 'translated', savedAt: clock });
    expect(earlier).toMatchObject({ status: 'draft', translationText: 'Draft text' });
  });

  it('keeps a change of segment type as its own revision, after the type it had', async () => {
    await save('Why develop the industrial internet');
    clock += 1000;
    vi.setSystemTime(clock);
    // Within the minute of typing, with the same status: still a revision of its own.
    await saveSegmentPatches(db, projectId, new Map([['s2', segmentTypePatch('heading2')]]));
    const [latest, earlier] = await listRevisions(db, projectId, 's2');
    expect(latest).toMatchObject({ type: 'heading2', savedAt: clock, status: 'draft' });
    expect(earlier).toMatchObject({
      type: 'paragraph',
      translationText: 'Why develop the industrial internet',
    });
  });

  it('keeps the type a segment had before its first saved change', async () => {
    await saveSegmentPatches(db, projectId, new Map([['s1', segmentTypePatch('heading1')]]));
    expect((await listRevisions(db, projectId, 's1')).map((r) => r.type)).toEqual([
      'heading1',
      'title',
    ]);
  });

  it(`keeps the last ${revisionsKept} revisions of a segment`, async () => {
    for (let index = 0; index < revisionsKept + 5; index += 1) {
      clock += revisionCoalesceMs;
      await save(`Version ${index}`);
    }
    const revisions = await listRevisions(db, projectId, 's2');
    expect(revisions).toHaveLength(revisionsKept);
    expect(revisions[0]?.translationText).toBe(`Version ${revisionsKept + 4}`);
    expect(revisions.at(-1)?.translationText).toBe('Version 5');
    expect(await listRevisions(db, projectId, 's1')).toEqual([]);
  });
});
