import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import { sampleProject } from '../../../test/helpers/sampleProject';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import type { WorkspaceDb } from '../../storage/db';
import { listMemoryUnits } from '../../storage/repositories/memory';
import { createProject, getProject } from '../../storage/repositories/projects';
import { listRevisions } from '../../storage/repositories/revisions';
import { SegmentStore } from '../../storage/segmentStore';
import { feedMemory, pageNormalizer, type Propagation } from './memoryFill';

let db: WorkspaceDb;
let projectId: string;

beforeEach(async () => {
  db = freshDb();
  const project = sampleProject([
    '數字經濟是重要動力。',
    '推進開源協同創新生態。',
    '数字经济是重要动力',
  ]);
  projectId = (await createProject(db, project)).id;
});
afterEach(() => db.close());

const english = 'The digital economy is an important driver.';

async function openFed(propagate: boolean) {
  const store = await SegmentStore.open(db, projectId, { debounceMs: 10 });
  const project = await getProject(db, projectId);
  if (!project) throw new Error('no project');
  const propagations: Propagation[] = [];
  const stop = feedMemory({
    db,
    store,
    project: () => project,
    normalizer: pageNormalizer,
    propagate: () => propagate,
    onPropagated: (propagation) => propagations.push(propagation),
    delayMs: 10,
  });
  return { store, propagations, stop };
}

describe('feeding the memory from the open project', () => {
  it('puts a confirmed segment in the memory with its neighbours, and propagates it once', async () => {
    const { store, propagations, stop } = await openFed(true);
    store.update('s1', { translation: plainTextToRichText(english), translationText: english });
    await store.flush();
    // A draft is not memory material, and nothing propagates from it.
    await vi.waitFor(() => expect(store.getSaveState().kind).toBe('saved'));
    expect(propagations).toHaveLength(0);
    store.update('s1', { status: 'translated' });
    await store.flush();
    await vi.waitFor(() => expect(propagations).toHaveLength(1), { timeout: 5000 });
    expect(store.get('s3')).toMatchObject({
      translationText: english,
      status: 'draft',
      fill: { kind: 'propagated', fromSegmentId: 's1', fromNumber: 1 },
    });
    expect(store.get('s2')?.translationText).toBe('');
    await vi.waitFor(async () => expect(await listMemoryUnits(db)).toHaveLength(1));
    const [unit] = await listMemoryUnits(db);
    expect(unit).toMatchObject({
      source: '數字經濟是重要動力。',
      target: english,
      nextSource: '推進開源協同創新生態。',
    });
    await vi.waitFor(async () => {
      const [latest] = await listRevisions(db, projectId, 's3');
      expect(latest?.fill).toEqual({ kind: 'propagated', fromSegmentId: 's1', fromNumber: 1 });
    });

    // Typing in the propagated segment makes the English the translator's: Undo leaves it.
    store.update('s3', {
      translation: plainTextToRichText(`${english} Edited`),
      translationText: `${english} Edited`,
    });
    expect(store.get('s3')?.fill).toBeNull();
    propagations[0]?.undo();
    expect(store.get('s3')?.translationText).toBe(`${english} Edited`);
    stop();
  });

  it('undoes a propagation', async () => {
    const { store, propagations, stop } = await openFed(true);
    store.update('s1', {
      translation: plainTextToRichText(english),
      translationText: english,
      status: 'translated',
    });
    await store.flush();
    await vi.waitFor(() => expect(propagations).toHaveLength(1), { timeout: 5000 });
    propagations[0]?.undo();
    expect(store.get('s3')).toMatchObject({ translationText: '', status: 'untranslated' });
    stop();
  });

  it('propagates nothing when switched off, and still fills the memory', async () => {
    const { store, propagations, stop } = await openFed(false);
    store.update('s1', {
      translation: plainTextToRichText(english),
      translationText: english,
      status: 'reviewed',
    });
    await store.flush();
    await vi.waitFor(async () => expect(await listMemoryUnits(db)).toHaveLength(1));
    expect(store.get('s3')?.translationText).toBe('');
    expect(propagations).toHaveLength(0);
    stop();
  });
});
