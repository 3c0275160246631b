import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { GlossaryRecord } from '../../domain/glossary/glossaryRecord';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import { randomId } from '../../domain/model/randomId';
import type { RichTextDoc } from '../../domain/model/richText';
import { readStoredGlossaryEntry } from '../../domain/formats/storedRecords';
import type { WorkspaceDb } from '../db';
import { StoredRecordInvalid } from '../storedRecordInvalid';

/**
 * The project's terms, validated. A row that fails is left out (and stays stored as it is):
 * the glossary keeps working; opening the project reports it (see `checkGlossary`).
 */
export async function listGlossary(db: WorkspaceDb, projectId: string): Promise<GlossaryEntry[]> {
  return (await readGlossary(db, projectId)).entries;
}

export async function readGlossary(
  db: WorkspaceDb,
  projectId: string,
): Promise<{ entries: GlossaryEntry[]; unreadable: string[] }> {
  const entries: GlossaryEntry[] = [];
  const unreadable: string[] = [];
  for (const row of await db.glossary.where('projectId').equals(projectId).toArray()) {
    const read = readStoredGlossaryEntry(row, projectId);
    if (read.ok) entries.push(read.value);
    else unreadable.push(read.path);
  }
  return { entries, unreadable };
}

/** Refuses, naming the first bad row, when any of the project's terms fails validation. */
export async function checkGlossary(db: WorkspaceDb, projectId: string): Promise<void> {
  const [first] = (await readGlossary(db, projectId)).unreadable;
  if (first !== undefined) throw new StoredRecordInvalid(first);
}

export interface NewTerm extends GlossaryRecord {
  note?: RichTextDoc;
}

export type TermWrite = { kind: 'added' | 'merged'; entry: GlossaryEntry };

/**
 * Adds a term, or, when the project already has an entry for the same source term, merges the
 * new targets (and note) into it instead of duplicating the entry.
 */
export async function addTerm(
  db: WorkspaceDb,
  projectId: string,
  term: NewTerm,
): Promise<TermWrite> {
  return db.transaction('rw', db.glossary, () => putTerm(db, projectId, term, Date.now()));
}

/** Imports many terms in one transaction: all are written, or none. */
export async function importTerms(
  db: WorkspaceDb,
  projectId: string,
  terms: readonly NewTerm[],
): Promise<{ added: number; merged: number }> {
  return db.transaction('rw', db.glossary, async () => {
    const now = Date.now();
    let added = 0;
    let merged = 0;
    for (const term of terms) {
      // A file's forbidden rendering of a term is an entry of its own, not a target to offer.
      const { kind } = await putTerm(db, projectId, term, now, { sameStatusOnly: true });
      if (kind === 'added') added += 1;
      else merged += 1;
    }
    return { added, merged };
  });
}

async function putTerm(
  db: WorkspaceDb,
  projectId: string,
  term: NewTerm,
  now: number,
  { sameStatusOnly = false }: { sameStatusOnly?: boolean } = {},
): Promise<TermWrite> {
  const source = term.source.trim();
  const targets = unique(term.targets.map((target) => target.trim()).filter(Boolean));
  const existing = await db.glossary
    .where('[projectId+source]')
    .equals([projectId, source])
    .filter((entry) => !sameStatusOnly || entry.status === term.status)
    .first();
  if (existing) {
    const noteText = [existing.noteText, term.noteText]
      .map((text) => text.trim())
      .filter((text, index, all) => text && all.indexOf(text) === index)
      .join('\n');
    const entry: GlossaryEntry = {
      ...existing,
      targets: unique([...existing.targets, ...targets]),
      partOfSpeech: existing.partOfSpeech ?? term.partOfSpeech,
      noteText,
      note: noteText === existing.noteText ? existing.note : plainTextToRichText(noteText),
      updatedAt: now,
    };
    await db.glossary.put(entry);
    return { kind: 'merged', entry };
  }
  const entry: GlossaryEntry = {
    id: `g-${randomId()}`,
    projectId,
    source,
    targets,
    status: term.status,
    partOfSpeech: term.partOfSpeech,
    note: term.note ?? plainTextToRichText(term.noteText),
    noteText: term.noteText,
    createdAt: now,
    updatedAt: now,
  };
  await db.glossary.add(entry);
  return { kind: 'added', entry };
}

export async function updateTerm(
  db: WorkspaceDb,
  id: string,
  changes: Partial<Omit<GlossaryEntry, 'id' | 'projectId' | 'createdAt'>>,
): Promise<void> {
  await db.glossary.update(id, { ...changes, updatedAt: Date.now() });
}

/** Deletes an entry and returns it, so the deletion can be undone with `restoreTerm`. */
export async function deleteTerm(db: WorkspaceDb, id: string): Promise<GlossaryEntry | undefined> {
  return db.transaction('rw', db.glossary, async () => {
    const entry = await db.glossary.get(id);
    if (entry) await db.glossary.delete(id);
    return entry;
  });
}

export async function restoreTerm(db: WorkspaceDb, entry: GlossaryEntry): Promise<void> {
  await db.glossary.put(entry);
}

function unique(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) === index);
}
