import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { resolveActiveProjectId } from '../../storage/repositories/projects';
import { loadSegments } from '../../storage/repositories/segments';

const text = ['產業互聯網建議', '第一段講互联网。', '第二段講產業互聯網。'].join('\n');

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });
const englishOf = (number: number) =>
  within(segment(number)).getByRole('textbox', { name: 'English translation' });

async function translate(
  user: ReturnType<typeof userEvent.setup>,
  number: number,
  english: string,
) {
  await user.click(englishOf(number));
  await waitFor(() => expect(englishOf(number)).toHaveFocus());
  await user.keyboard(english);
}

describe('find and replace', { timeout: 60_000 }, () => {
  it('replaces all matches in one undoable step, leaving "Do not translate" alone', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await translate(user, 1, 'On the Internet');
    await translate(user, 2, 'The Internet, and the Internet');
    await translate(user, 3, 'Industrial Internet');
    await user.selectOptions(
      within(segment(3)).getByRole('combobox', { name: 'Status' }),
      'do-not-translate',
    );
    await user.keyboard('{Control>}h{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Find and replace' });
    const find = within(dialog).getByRole('textbox', { name: 'Find' });
    await waitFor(() => expect(find).toHaveFocus());
    await user.type(find, 'Internet');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Match case' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Replace with' }), 'internet');
    expect(await within(dialog).findByText('4 matches in 3 segments.')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('button', { name: 'Go to segment 2' })).toHaveLength(2);

    await user.click(within(dialog).getByRole('button', { name: 'Replace all' }));
    const notice = await screen.findByText(
      'Replaced 3 matches in 2 segments. 1 “Do not translate” segment was left unchanged.',
      {},
      { timeout: 10_000 },
    );
    expect(englishOf(1)).toHaveTextContent('On the internet');
    expect(englishOf(2)).toHaveTextContent('The internet, and the internet');
    expect(englishOf(3)).toHaveTextContent('Industrial Internet');
    expect(within(dialog).getByText('1 match in 1 segment.')).toBeInTheDocument();

    const toast = notice.closest('[role="status"]') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Replacement undone in 2 segments.', {}, { timeout: 10_000 });
    expect(englishOf(1)).toHaveTextContent('On the Internet');
    expect(englishOf(2)).toHaveTextContent('The Internet, and the Internet');
    const projectId = (await resolveActiveProjectId(db)) ?? '';
    await waitFor(async () => {
      const saved = await loadSegments(db, projectId);
      expect(saved.map((one) => one.translationText)).toEqual([
        'On the Internet',
        'The Internet, and the Internet',
        'Industrial Internet',
      ]);
    });
  });

  it('names an invalid regular expression, and finds in the source without replacing it', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(screen.getByRole('button', { name: 'Find and replace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Find and replace' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Regular expression' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Find' }), '(互聯');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '“(互聯” is not a valid regular expression: a parenthesis “(” is not closed',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Regular expression' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'English' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Source' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'Find' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Find' }), '产业互联网');
    expect(await within(dialog).findByText('2 matches in 2 segments.')).toBeInTheDocument();
    expect(within(dialog).getByText(/never changed/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Replace all' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Replace' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Go to segment 3' }));
    await waitFor(() => expect(englishOf(3)).toHaveFocus());
  });

  it('says what is wrong with a regular expression in the interface language', async () => {
    const user = userEvent.setup();
    await renderApp(db, text, ['zh-TW']);
    await user.click(screen.getByRole('button', { name: '尋找和取代' }));
    const dialog = await screen.findByRole('dialog', { name: '尋找和取代' });
    await user.click(within(dialog).getByRole('checkbox', { name: '規則運算式' }));
    await user.type(within(dialog).getByRole('textbox', { name: '尋找' }), '*互聯網');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '「*互聯網」不是有效的規則運算式：「*」「+」「?」或「{n}」前面沒有可重複的內容（要尋找這個字元本身，請寫成 \\*）',
    );
  });
});
