import { describe, expect, it } from 'vitest';
import { plainTextToRichText } from '../../model/richTextToPlainText';
import { readWalEntry, walEntryVersion, writeWalEntry } from './walEntry';

const patch = { translation: plainTextToRichText('Typed'), translationText: 'Typed' };
const at = 1_764_000_000_000;

describe('reading a write-ahead-log entry by the version it was written with', () => {
  it.each([
    ['0: written before entries had a version', { patch, at }],
    ['1: the current shape', { v: 1, patch, at }],
  ])('migrates version %s', (_version, stored) => {
    expect(readWalEntry(stored)).toEqual({ ok: true, entry: { patch, at } });
  });

  it.each([
    ['a newer version than this app knows', { v: walEntryVersion + 1, patch, at }, 'v'],
    ['a version that is not a whole number', { v: 0.5, patch, at }, 'v'],
    ['a version that is text', { v: '1', patch, at }, 'v'],
    ['a negative version', { v: -1, patch, at }, 'v'],
  ])('refuses %s', (_case, stored, path) => {
    expect(readWalEntry(stored)).toEqual({ ok: false, path });
  });

  it('writes the current version, which it reads back unchanged', () => {
    const written = writeWalEntry({ patch, at });
    expect(written.v).toBe(walEntryVersion);
    expect(readWalEntry(JSON.parse(JSON.stringify(written)))).toEqual({
      ok: true,
      entry: { patch, at },
    });
  });

  it('recomputes plain text from the doc, as for a project file', () => {
    expect(readWalEntry({ v: 1, patch: { ...patch, translationText: 'stale' }, at })).toEqual({
      ok: true,
      entry: { patch, at },
    });
  });
});
