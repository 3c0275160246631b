import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../db';
import { addTerm, deleteTerm, importTerms, listGlossary, restoreTerm } from './glossary';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const term = (source: string, targets: string[], noteText = '') => ({
  source,
  targets,
  status: 'preferred' as const,
  partOfSpeech: null,
  noteText,
});

describe('glossary repository', () => {
  it('merges the targets of a term that exists instead of duplicating it', async () => {
    await addTerm(db, 'p', term('產業互聯網', ['industrial internet'], 'Tencent'));
    const result = await addTerm(
      db,
      'p',
      term(' 產業互聯網 ', ['Industrial Internet', 'industrial internet'], 'NPC'),
    );
    expect(result.kind).toBe('merged');
    const [entry, ...rest] = await listGlossary(db, 'p');
    expect(rest).toEqual([]);
    expect(entry?.targets).toEqual(['industrial internet', 'Industrial Internet']);
    expect(entry?.noteText).toBe('Tencent\nNPC');
  });

  it('keeps glossaries of different projects apart', async () => {
    await addTerm(db, 'p', term('新基建', ['new infrastructure']));
    await addTerm(db, 'q', term('新基建', ['new-type infrastructure']));
    expect(await listGlossary(db, 'p')).toHaveLength(1);
    expect(await listGlossary(db, 'q')).toHaveLength(1);
  });

  it('imports in one transaction and reports what it added and merged', async () => {
    await addTerm(db, 'p', term('數字經濟', ['digital economy']));
    const summary = await importTerms(db, 'p', [
      term('數字經濟', ['digital economies']),
      term('新基建', ['new infrastructure']),
    ]);
    expect(summary).toEqual({ added: 1, merged: 1 });
  });

  it('imports a forbidden rendering of a term as an entry of its own, not as a target', async () => {
    const summary = await importTerms(db, 'p', [
      term('產業互聯網', ['industrial internet']),
      { ...term('產業互聯網', ['Internet Plus']), status: 'forbidden' },
      term('產業互聯網', ['industrial Internet']),
    ]);
    expect(summary).toEqual({ added: 2, merged: 1 });
    const entries = await listGlossary(db, 'p');
    expect(entries.map(({ status, targets }) => [status, targets]).sort()).toEqual([
      ['forbidden', ['Internet Plus']],
      ['preferred', ['industrial internet', 'industrial Internet']],
    ]);
  });

  it('undoes a deletion', async () => {
    const { entry } = await addTerm(db, 'p', term('數字經濟', ['digital economy']));
    const deleted = await deleteTerm(db, entry.id);
    expect(await listGlossary(db, 'p')).toEqual([]);
    await restoreTerm(db, deleted ?? entry);
    expect(await listGlossary(db, 'p')).toEqual([entry]);
  });
});
