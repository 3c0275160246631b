import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProject } from '../../../test/helpers/sampleProject';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../db';
import { saveProjectDetails } from './projectDetails';
import { createProject, getProject } from './projects';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const details = { title: ' Ma Huateng ', translator: ' Lin Wei ', publicationDate: '2026-03-05' };

describe('saving project details', () => {
  it('keeps them trimmed with the English variant, and they read back validated', async () => {
    const { id } = await createProject(db, sampleProject(['產業互聯網']));
    expect(await saveProjectDetails(db, id, details, 'en-US')).toEqual({ ok: true });
    const project = await getProject(db, id);
    expect(project?.details).toEqual({
      title: 'Ma Huateng',
      translator: 'Lin Wei',
      publicationDate: '2026-03-05',
    });
    expect(project?.targetLang).toBe('en-US');
  });

  it.each([
    [{ ...details, publicationDate: '2026-02-30' }, 'en', 'publicationDate'],
    [{ ...details, publicationDate: '05/03/2026' }, 'en', 'publicationDate'],
    [details, 'English', 'targetLang'],
    [details, '', 'targetLang'],
  ])('refuses %j in %s and writes nothing', async (changed, lang, problem) => {
    const { id } = await createProject(db, sampleProject(['產業互聯網']));
    const before = await getProject(db, id);
    expect(await saveProjectDetails(db, id, changed, lang)).toEqual({ ok: false, problem });
    expect(await getProject(db, id)).toEqual(before);
  });

  it('says so when the project is gone', async () => {
    expect(await saveProjectDetails(db, 'p-none', details, 'en')).toEqual({
      ok: false,
      problem: 'missing',
    });
  });
});
