import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { loadSegments } from '../../storage/repositories/segments';
import { listProjects, resolveActiveProjectId } from '../../storage/repositories/projects';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

async function importFile(file: File) {
  const user = userEvent.setup();
  const { container } = await renderApp(db, '標題\n第一段。');
  const input = container.querySelector<HTMLInputElement>('.import input[type=file]');
  if (!input) throw new Error('no file input');
  await user.click(screen.getByRole('button', { name: 'Import' }));
  await user.upload(input, file);
  return screen.findByRole('alert');
}

const xliff = (text: string) => new File([text], 'in.xlf', { type: 'application/xliff+xml' });

describe('importing a file the workspace cannot take', () => {
  it.each([
    [
      'a 100 MB file, before reading it',
      Object.defineProperty(xliff('<xliff/>'), 'size', { value: 100 * 1024 * 1024 }),
      'too large',
    ],
    ['broken XML', xliff('<xliff version="2.0"><file>'), 'not well-formed XML'],
    [
      'XLIFF in the wrong namespace',
      xliff('<xliff xmlns="urn:other" version="2.0" srcLang="zh"/>'),
      'not XLIFF',
    ],
    [
      'XLIFF without srcLang',
      xliff(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"><unit id="a"><segment><source>字</source></segment></unit></file></xliff>',
      ),
      'does not say its source language',
    ],
    [
      'a unit with no source',
      xliff(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="a"><segment><target>x</target></segment></unit></file></xliff>',
      ),
      'Unit “a” has no source text',
    ],
    ['a binary file', new File([new Uint8Array([0, 1, 2, 255, 254])], 'x.json'), 'not valid UTF-8'],
  ])('refuses %s with a message and writes nothing', async (_name, file, message) => {
    const alert = await importFile(file);
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Nothing was imported');
    expect(await listProjects(db)).toHaveLength(1);
    const segments = await loadSegments(db, (await resolveActiveProjectId(db)) ?? '');
    expect(segments.every((segment) => segment.translationText === '')).toBe(true);
  });
});
