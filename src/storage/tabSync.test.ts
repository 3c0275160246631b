import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../test/helpers/testDb';
import { sampleProject } from '../../test/helpers/sampleProject';
import type { Segment } from '../domain/model/segment';
import type { WorkspaceDb } from './db';
import { createProject } from './repositories/projects';
import { projectChannelName, TabSync } from './tabSync';

let db: WorkspaceDb;
let projectId: string;
let here: TabSync;
let there: TabSync;
let heard: Segment[][];

beforeEach(async () => {
  db = freshDb();
  projectId = (await createProject(db, sampleProject(['標題', '第一段。', '第二段。']))).id;
  heard = [];
  here = new TabSync(db, projectId);
  here.listen((rows) => heard.push(rows));
  there = new TabSync(db, projectId);
  there.listen(() => undefined);
});

afterEach(() => {
  here.close();
  there.close();
  db.close();
});

describe('TabSync', () => {
  it('hands on the stored segments another tab names', async () => {
    there.announce(['s3', 's1']);
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]?.map((segment) => [segment.id, segment.source])).toEqual([
      ['s3', '第二段。'],
      ['s1', '標題'],
    ]);
  });

  it.each([
    ['not a list', { ids: ['s2'] }, []],
    ['ids that are not strings', [2, null, 's2', { id: 's3' }], ['s2']],
    ['a segment that is not stored', ['gone', 's2'], ['s2']],
  ])('reads only stored segments from a message with %s', async (_case, message, expected) => {
    const stranger = new BroadcastChannel(projectChannelName(db.name, projectId));
    stranger.postMessage(message);
    stranger.close();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]?.map((segment) => segment.id)).toEqual(expected);
  });
});
