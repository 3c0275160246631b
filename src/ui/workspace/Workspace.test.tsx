import { cleanup, act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettings, renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { loadSegments } from '../../storage/repositories/segments';
import { resolveActiveProjectId } from '../../storage/repositories/projects';

const text = [
  '產業互聯網建議',
  '第一段內容很長，這是一個完整的句子。',
  '第二段也是一個句子。',
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

async function savedSegments() {
  const projectId = await resolveActiveProjectId(db);
  return loadSegments(db, projectId ?? '');
}

describe('the aligned workspace', () => {
  it('shows each paragraph as a row with its source, editors and status', async () => {
    await renderApp(db, text);
    const row = segment(2);
    expect(within(row).getByText('第一段內容很長，這是一個完整的句子。')).toBeInTheDocument();
    expect(within(row).getByRole('textbox', { name: 'English translation' })).toBeInTheDocument();
    expect(within(row).getByRole('textbox', { name: 'Notes' })).toBeInTheDocument();
    expect(within(row).getByRole('combobox', { name: 'Status' })).toHaveValue('untranslated');
    expect(within(segment(1)).getByRole('heading', { name: '產業互聯網建議' })).toBeInTheDocument();
  });

  it('saves what is typed into the translation and makes the segment a draft', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(2)).getByRole('textbox', { name: 'English translation' }));
    const editor = within(segment(2)).getByRole('textbox', { name: 'English translation' });
    await waitFor(() => expect(editor).toHaveFocus());
    await user.keyboard('Industrial internet');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    await waitFor(async () => {
      const saved = await savedSegments();
      expect(saved[1]?.translationText).toBe('Industrial internet');
      expect(saved[1]?.status).toBe('draft');
    });
    expect(within(segment(2)).getByRole('combobox', { name: 'Status' })).toHaveValue('draft');
  });

  it('moves the progress bar when a segment is confirmed through its status', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    const progress = screen.getByRole('progressbar', { name: 'Translation progress' });
    expect(progress).toHaveAttribute('aria-valuenow', '0');
    await user.selectOptions(
      within(segment(2)).getByRole('combobox', { name: 'Status' }),
      'translated',
    );
    expect(Number(progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  });

  it('confirms with Ctrl+Enter and moves to the next unconfirmed segment', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(1)).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('Title{Control>}{Enter}{/Control}');
    expect(within(segment(1)).getByRole('combobox', { name: 'Status' })).toHaveValue('translated');
    await waitFor(() =>
      expect(
        within(segment(2)).getByRole('textbox', { name: 'English translation' }),
      ).toHaveFocus(),
    );
  });

  it('does not confirm an empty translation with Ctrl+Enter, and says why', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(2)).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Segment 2 has no English yet, so it was not marked Translated.',
    );
    expect(within(segment(2)).getByRole('combobox', { name: 'Status' })).toHaveValue(
      'untranslated',
    );
    expect(within(segment(2)).getByRole('textbox', { name: 'English translation' })).toHaveFocus();
  });

  it('lets Ctrl+Enter pass over a “Do not translate” segment without English', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.selectOptions(
      within(segment(2)).getByRole('combobox', { name: 'Status' }),
      'do-not-translate',
    );
    await user.click(within(segment(2)).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(
        within(segment(3)).getByRole('textbox', { name: 'English translation' }),
      ).toHaveFocus(),
    );
    expect(within(segment(2)).getByRole('combobox', { name: 'Status' })).toHaveValue(
      'do-not-translate',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('ignores Enter while an input method is composing', async () => {
    await renderApp(db, text);
    fireEvent.mouseDown(within(segment(2)).getByRole('textbox', { name: 'English translation' }));
    const editor = within(segment(2)).getByRole('textbox', { name: 'English translation' });
    await waitFor(() => expect(editor).toHaveFocus());
    act(() => {
      fireEvent.keyDown(editor, { key: 'Enter', ctrlKey: true, isComposing: true, keyCode: 229 });
    });
    expect(within(segment(2)).getByRole('combobox', { name: 'Status' })).toHaveValue(
      'untranslated',
    );
    expect(editor).toHaveFocus();
  });

  it('relabels the interface when the language changes', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await openSettings(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Interface language' }),
      'zh-Hant',
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-Hant'));
    expect(screen.queryByRole('button', { name: 'New project' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新增專案' })).toBeVisible();
  });

  it('opens the shortcut help with ? outside an editor', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });

  it('moves between segments with Ctrl+↓ and Ctrl+↑, and Esc leaves the editor', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(1)).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('{Control>}{ArrowDown}{/Control}');
    const second = () => within(segment(2)).getByRole('textbox', { name: 'English translation' });
    await waitFor(() => expect(second()).toHaveFocus());
    expect(second()).toHaveAttribute('contenteditable', 'true');
    await user.keyboard('{Control>}{ArrowUp}{/Control}');
    await waitFor(() =>
      expect(
        within(segment(1)).getByRole('textbox', { name: 'English translation' }),
      ).toHaveFocus(),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(segment(1)).toHaveFocus());
    await user.keyboard('{Control>}{ArrowDown}{/Control}');
    await waitFor(() => expect(second()).toHaveFocus());
  });

  it('copies the source into the translation with Ctrl+Shift+I', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(3)).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('{Control>}{Shift>}I{/Shift}{/Control}');
    await waitFor(async () => {
      const saved = await savedSegments();
      expect(saved[2]?.translationText).toBe('第二段也是一個句子。');
    });
  });

  it('saves notes without changing the status', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(2)).getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('Check the term');
    await waitFor(async () => {
      const saved = await savedSegments();
      expect(saved[1]?.notesText).toBe('Check the term');
      expect(saved[1]?.status).toBe('untranslated');
    });
  });

  it('goes to a segment by number, also to the one the caret was in', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    const goTo = screen.getByRole('spinbutton', { name: 'Go to segment' });
    const third = () => within(segment(3)).getByRole('textbox', { name: 'English translation' });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await user.clear(goTo);
      await user.type(goTo, '3{Enter}');
      await waitFor(() => expect(third()).toHaveFocus());
    }
  });

  it('starts in the browser language', async () => {
    await renderApp(db, text, ['zh-TW', 'en']);
    expect(await screen.findByRole('group', { name: '句段 1' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  it('keeps saved versions in History and restores one', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    const editor = () => within(segment(2)).getByRole('textbox', { name: 'English translation' });
    await user.click(editor());
    await waitFor(() => expect(editor()).toHaveFocus());
    await user.keyboard('First version');
    await waitFor(async () =>
      expect((await savedSegments())[1]?.translationText).toBe('First version'),
    );
    await user.selectOptions(
      within(segment(2)).getByRole('combobox', { name: 'Status' }),
      'translated',
    );
    await waitFor(async () => expect((await savedSegments())[1]?.status).toBe('translated'));
    await user.click(editor());
    await waitFor(() => expect(editor()).toHaveFocus());
    await user.keyboard(' revised');
    await waitFor(async () =>
      expect((await savedSegments())[1]?.translationText).toBe('First version revised'),
    );

    await user.click(within(segment(2)).getByRole('button', { name: 'History' }));
    const dialog = await screen.findByRole('dialog', { name: 'History of segment 2' });
    const versions = await within(dialog).findAllByRole('listitem');
    expect(versions.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/Draft.*First version revised/),
      expect.stringMatching(/Translated.*First version revised/),
      expect.stringMatching(/Draft.*First version revised/),
    ]);
    // Against the current text, the older versions lack the last word.
    expect(versions[1]?.querySelector('ins')).toHaveTextContent('revised');
    await user.click(within(versions[1] as HTMLElement).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(async () => {
      const restored = (await savedSegments())[1];
      expect(restored?.translationText).toBe('First version');
      expect(restored?.status).toBe('translated');
    });
    expect(within(segment(2)).getByRole('combobox', { name: 'Status' })).toHaveValue('translated');
  });
});
