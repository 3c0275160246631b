import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';

const text = [
  '產業互聯網建議',
  '第一段內容很長，這是一個完整的句子。',
  '第二段也是一個句子。',
  '第三段講數字經濟。',
].join('\n');

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const rows = () =>
  screen
    .getAllByRole('group')
    .map((row) => row.getAttribute('aria-label'))
    .filter((name) => name?.startsWith('Segment '));
const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });
const englishOf = (number: number) =>
  within(segment(number)).getByRole('textbox', { name: 'English translation' });

describe('filtering segments', { timeout: 30_000 }, () => {
  it('shows only the segments of a status, with their own numbers, and clears', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.selectOptions(
      within(segment(2)).getByRole('combobox', { name: 'Status' }),
      'translated',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter segments' }),
      'untranslated',
    );
    expect(rows()).toEqual(['Segment 1', 'Segment 3', 'Segment 4']);
    expect(screen.getByText('Showing 3 of 4 segments')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(rows()).toEqual(['Segment 1', 'Segment 2', 'Segment 3', 'Segment 4']);
    expect(screen.queryByRole('button', { name: 'Clear filter' })).not.toBeInTheDocument();
  });

  it('filters on text in either script of the source or in the English, and Esc clears it', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    const field = screen.getByRole('searchbox', { name: 'Filter by text' });
    await user.type(field, '数字经济');
    await waitFor(() => expect(rows()).toEqual(['Segment 4']));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(field).toHaveValue('');
  });

  it('says so when no segment matches, rather than showing an empty list', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.type(screen.getByRole('searchbox', { name: 'Filter by text' }), '區塊鏈');
    await waitFor(() => expect(rows()).toEqual([]));
    expect(screen.getByText('No segment matches this filter (4 in all).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
  });

  it('keeps a confirmed segment under the caret, and Ctrl+Enter goes on within the filter', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.selectOptions(
      within(segment(3)).getByRole('combobox', { name: 'Status' }),
      'translated',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter segments' }),
      'untranslated',
    );
    expect(rows()).toEqual(['Segment 1', 'Segment 2', 'Segment 4']);
    await user.click(englishOf(2));
    await waitFor(() => expect(englishOf(2)).toHaveFocus());
    // A translation the quality checks accept (第一 is "first"), so Ctrl+Enter confirms at once.
    await user.keyboard('The first paragraph is long: a whole sentence.');
    // Now a draft, no longer untranslated: it stays while the translator is in it.
    expect(rows()).toEqual(['Segment 1', 'Segment 2', 'Segment 4']);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(englishOf(4)).toHaveFocus());
    expect(rows()).toEqual(['Segment 1', 'Segment 4']);
    await user.keyboard('{Control>}{ArrowUp}{/Control}');
    await waitFor(() => expect(englishOf(1)).toHaveFocus());
  });

  it('under a filter of confirmed segments, Ctrl+Enter goes to the next one the filter shows', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    for (const number of [2, 4]) {
      await user.selectOptions(
        within(segment(number)).getByRole('combobox', { name: 'Status' }),
        'translated',
      );
    }
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter segments' }),
      'translated',
    );
    expect(rows()).toEqual(['Segment 2', 'Segment 4']);
    await user.click(englishOf(2));
    await waitFor(() => expect(englishOf(2)).toHaveFocus());
    await user.keyboard('The first paragraph is long: a whole sentence.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    // Not segment 3 (untranslated, filtered out): the next translated one.
    await waitFor(() => expect(englishOf(4)).toHaveFocus());
    expect(within(segment(2)).getByRole('combobox', { name: 'Status' })).toHaveValue('translated');
    expect(rows()).toEqual(['Segment 2', 'Segment 4']);
  });
});
