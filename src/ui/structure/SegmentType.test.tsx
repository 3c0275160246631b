import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { getProject, resolveActiveProjectId } from '../../storage/repositories/projects';
import { loadSegments } from '../../storage/repositories/segments';

const text = [
  '產業互聯網建議',
  '為什么要發展產業互聯網',
  '第一段內容很長，這是一個完整的句子。',
].join('\n');

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });
const typeOf = (number: number) =>
  within(segment(number)).getByRole('combobox', { name: 'Segment type' });

async function saved() {
  return loadSegments(db, (await resolveActiveProjectId(db)) ?? '');
}

describe('the Segment type control', () => {
  it('shows the guessed type of each row and saves the one the translator picks', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    expect(typeOf(1)).toHaveValue('title');
    expect(typeOf(2)).toHaveValue('heading1');
    expect(typeOf(3)).toHaveValue('paragraph');
    expect(
      within(typeOf(2))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Title', 'Heading 1', 'Heading 2', 'Heading 3', 'Paragraph', 'Quote']);
    await user.selectOptions(typeOf(2), 'Heading 2');
    await user.selectOptions(typeOf(3), 'Quote');
    expect(typeOf(2)).toHaveValue('heading2');
    await waitFor(async () => {
      const segments = await saved();
      expect(segments.map((s) => [s.type, s.kind])).toEqual([
        ['title', 'heading'],
        ['heading2', 'heading'],
        ['quote', 'paragraph'],
      ]);
    });
  });

  it('is set with Ctrl+Alt+digit in the editor, and the message undoes it', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(3)).getByRole('textbox', { name: 'English translation' }));
    const editor = within(segment(3)).getByRole('textbox', { name: 'English translation' });
    await waitFor(() => expect(editor).toHaveFocus());
    await user.keyboard('{Control>}{Alt>}3{/Alt}{/Control}');
    expect(typeOf(3)).toHaveValue('heading3');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(typeOf(3)).toHaveValue('paragraph');
    await waitFor(async () => expect((await saved())[2]?.type).toBe('paragraph'));
  });
});

describe('a type change in History', () => {
  it('is a saved version of its own, and Restore brings the earlier type back', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.selectOptions(typeOf(2), 'Heading 2');
    await waitFor(async () => expect((await saved())[1]?.type).toBe('heading2'));

    await user.click(within(segment(2)).getByRole('button', { name: 'History' }));
    const dialog = await screen.findByRole('dialog', { name: 'History of segment 2' });
    const versions = await within(dialog).findAllByRole('listitem');
    // The import's guess is kept as the version before the change.
    expect(versions.map((item) => item.querySelector('.history__meta')?.textContent)).toEqual([
      expect.stringMatching(/Untranslated\s*Heading 2\s*\(current\)/),
      expect.stringMatching(/Untranslated\s*Heading 1$/),
    ]);
    await user.click(within(versions[1] as HTMLElement).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(typeOf(2)).toHaveValue('heading1');
    await waitFor(async () => {
      const restored = (await saved())[1];
      expect([restored?.type, restored?.kind]).toEqual(['heading1', 'heading']);
    });
  });
});

describe('the Project details dialog', () => {
  it('saves the title, translator, variant and date of the open project', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(screen.getByRole('button', { name: 'Project details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Project details' });
    await user.type(within(dialog).getByLabelText('English title'), 'Ma Huateng’s proposals');
    await user.type(within(dialog).getByLabelText('Translator'), 'Lin Wei');
    await user.selectOptions(
      within(dialog).getByLabelText('Target language'),
      'English, United Kingdom (en-GB)',
    );
    const date = within(dialog).getByLabelText('Publication date');
    const projectId = (await resolveActiveProjectId(db)) ?? '';
    await user.type(date, '2026-03-05');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const project = await getProject(db, projectId);
    expect(project?.details).toEqual({
      title: 'Ma Huateng’s proposals',
      translator: 'Lin Wei',
      publicationDate: '2026-03-05',
    });
    expect(project?.targetLang).toBe('en-GB');
  });
});
