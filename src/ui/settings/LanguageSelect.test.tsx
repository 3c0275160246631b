import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';

const text = ['產業互聯網建議', '第一段內容很長，這是一個完整的句子。'].join('\n');

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

/** The placeholder a live editor draws in its empty first paragraph. */
const placeholderOf = (editor: HTMLElement) =>
  editor.querySelector('p[data-placeholder]')?.getAttribute('data-placeholder');

describe('switching the interface language', () => {
  it('relabels the open editors’ placeholders, in the glossary note and in a segment', async () => {
    const user = userEvent.setup();
    await renderApp(db, text, ['zh-CN']);
    await user.click(screen.getByRole('button', { name: '新术语' }));
    const row = screen.getByRole('group', { name: '句段 2' });
    await user.click(within(row).getByRole('textbox', { name: '英文译文' }));
    await waitFor(() =>
      expect(placeholderOf(within(row).getByRole('textbox', { name: '英文译文' }))).toBe(
        '输入英文译文…',
      ),
    );
    expect(placeholderOf(screen.getByRole('textbox', { name: '注释' }))).toBe(
      '定义、用法、术语出处…',
    );

    await user.click(screen.getByRole('button', { name: '设置' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '界面语言' }), 'en');

    await waitFor(() =>
      expect(placeholderOf(screen.getByRole('textbox', { name: 'Note' }))).toBe(
        'Definition, usage, source of the term…',
      ),
    );
    const englishRow = screen.getByRole('group', { name: 'Segment 2' });
    expect(
      placeholderOf(within(englishRow).getByRole('textbox', { name: 'English translation' })),
    ).toBe('Type the English translation…');
  });
});
