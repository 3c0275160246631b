import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { resolveActiveProjectId } from '../../storage/repositories/projects';
import { loadSegments } from '../../storage/repositories/segments';
import { setSetting } from '../../storage/repositories/settings';
import { saveProjectDetails } from '../../storage/repositories/projectDetails';

const text = ['產業互聯網的建議', '建議二:加快推進云計算等新基建,筑牢數字經發展的戰略基石'].join(
  '\n',
);

// Each test boots the whole app: on a loaded machine that is slow.
vi.setConfig({ testTimeout: 30_000 });

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });
const panel = () => screen.getByRole('region', { name: 'Comments' });

/** Selects `words` in a segment's source cell, as a translator dragging over them would. */
function selectInSource(number: number, words: string) {
  const cell = segment(number).querySelector('.segment__source');
  const node = cell?.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error('no source text');
  const at = (node.textContent ?? '').indexOf(words);
  act(() => {
    document.getSelection()?.setBaseAndExtent(node, at, node, at + words.length);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

describe('comments on the source', () => {
  it('adds a comment on a selection, lists it, marks it, and keeps it in storage', async () => {
    const user = userEvent.setup();
    await setSetting(db, 'translatorName', 'Lin Wei');
    await renderApp(db, text);
    selectInSource(2, '數字經發展');
    await user.click(await screen.findByRole('button', { name: 'Comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Comment on “數字經發展”' });
    // An empty comment is refused with a message, and nothing is added.
    await user.click(within(dialog).getByRole('button', { name: 'Add comment' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Write the comment first.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Missing 濟?');
    await user.click(within(dialog).getByRole('button', { name: 'Add comment' }));

    // The Comments tab opens (its panel loads when first shown) with the new comment in it.
    await screen.findByRole('region', { name: 'Comments' });
    const item = await within(panel()).findByRole('article', { name: 'Comment on segment 2' });
    expect(within(item).getByText('數字經發展')).toBeInTheDocument();
    expect(within(item).getByText('Missing 濟?')).toBeInTheDocument();
    expect(within(item).getByText(/^Lin Wei, /)).toBeInTheDocument();
    const mark = segment(2).querySelector('mark.comment-mark');
    expect(mark).toHaveTextContent('數字經發展');
    expect(mark).toHaveAccessibleDescription('Missing 濟?');

    // The open query goes to the client as a sheet.
    await user.click(within(panel()).getByRole('button', { name: 'Export queries' }));
    expect(await screen.findByText('1 open query exported.')).toBeInTheDocument();

    const projectId = (await resolveActiveProjectId(db)) ?? '';
    await waitFor(async () => {
      const stored = (await loadSegments(db, projectId))[1]?.comments;
      expect(stored).toMatchObject([
        {
          span: { offset: text.split('\n')[1]?.indexOf('數字經發展'), length: 5 },
          quote: '數字經發展',
          text: 'Missing 濟?',
          author: 'Lin Wei',
          status: 'open',
        },
      ]);
    });
  });

  it('signs a comment with the translator named in Project details before the preference', async () => {
    const user = userEvent.setup();
    await setSetting(db, 'translatorName', 'Lin Wei');
    await renderApp(db, text);
    const projectId = (await resolveActiveProjectId(db)) ?? '';
    await saveProjectDetails(
      db,
      projectId,
      { title: '', translator: 'Chen Yu', publicationDate: '' },
      'en',
    );
    selectInSource(2, '數字經發展');
    await user.click(await screen.findByRole('button', { name: 'Comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Comment on “數字經發展”' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Missing 濟?');
    await user.click(within(dialog).getByRole('button', { name: 'Add comment' }));
    const item = await within(panel()).findByRole('article', { name: 'Comment on segment 2' });
    expect(within(item).getByText(/^Chen Yu, /)).toBeInTheDocument();
  });

  it('shows an open comment beside its segment in the Preview, outside the publication', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    selectInSource(2, '數字經發展');
    await user.click(await screen.findByRole('button', { name: 'Comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Comment on “數字經發展”' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Missing 濟?');
    await user.click(within(dialog).getByRole('button', { name: 'Add comment' }));
    await within(panel()).findByRole('article', { name: 'Comment on segment 2' });

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    const aside = await within(preview).findByRole('complementary', {
      name: 'Open comments on this segment’s source (not published)',
    });
    expect(aside).toHaveTextContent('數字經發展 Missing 濟?');
  });

  it('replies, resolves, filters, reopens and deletes with Undo', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    selectInSource(1, '產業互聯網');
    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Comment on “產業互聯網”' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Capitalised?');
    await user.click(within(dialog).getByRole('button', { name: 'Add comment' }));
    const item = await within(panel()).findByRole('article', { name: 'Comment on segment 1' });
    expect(within(item).getByText('Unknown author', { exact: false })).toBeInTheDocument();

    await user.type(within(item).getByRole('textbox', { name: 'Reply' }), 'Yes, as a name.');
    await user.click(within(item).getByRole('button', { name: 'Add reply' }));
    expect(
      await within(within(item).getByRole('list', { name: 'Replies' })).findByText(
        'Yes, as a name.',
      ),
    ).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(within(panel()).queryByRole('article')).toBeNull());
    // A resolved comment is no query for the client.
    await user.click(within(panel()).getByRole('button', { name: 'Export queries' }));
    expect(await screen.findByText('There are no open comments to export.')).toBeInTheDocument();
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Show' }), 'Resolved');
    const resolved = await within(panel()).findByRole('article', { name: 'Comment on segment 1' });
    await user.click(within(resolved).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(within(panel()).queryByRole('article')).toBeNull());
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Show' }), 'All');

    const again = await within(panel()).findByRole('article', { name: 'Comment on segment 1' });
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(panel()).queryByRole('article')).toBeNull());
    expect(segment(1).querySelector('mark.comment-mark')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    const back = await within(panel()).findByRole('article', { name: 'Comment on segment 1' });
    expect(within(back).getByText('Yes, as a name.')).toBeInTheDocument();
    expect(within(back).getByRole('button', { name: 'Go to segment 1' })).toBeInTheDocument();
  });
});
