import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { GlossaryRecord } from '../../domain/glossary/glossaryRecord';
import type { WorkspaceDb } from '../../storage/db';
import { addTerm } from '../../storage/repositories/glossary';
import { resolveActiveProjectId } from '../../storage/repositories/projects';
import { getQaSettings } from '../../storage/repositories/settings';

const text = ['產業互聯網的建議', '發展数字经济。', '數字經濟是重要動力。', '發展数字经济。'].join(
  '\n',
);

// Each test boots the whole app and types into it: on a loaded machine that is slow.
vi.setConfig({ testTimeout: 20_000 });

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

type User = ReturnType<typeof userEvent.setup>;
const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });
const panel = () => screen.getByRole('region', { name: 'Quality checks' });
const english = (number: number) =>
  within(segment(number)).getByRole('textbox', { name: 'English translation' });

async function projectId() {
  return (await resolveActiveProjectId(db)) ?? '';
}

async function term(record: Partial<GlossaryRecord> & Pick<GlossaryRecord, 'source'>) {
  await addTerm(db, await projectId(), {
    targets: [],
    status: 'preferred',
    partOfSpeech: null,
    noteText: '',
    ...record,
  });
}

async function openPanel(user: User) {
  await user.click(screen.getByRole('tab', { name: 'Quality checks' }));
  return panel();
}

async function translate(user: User, number: number, typed: string) {
  await user.click(english(number));
  await user.keyboard(typed);
}

/** The panel's item for an issue, found by its message. */
async function issueItem(message: string) {
  const found = await within(panel()).findByText(message);
  const item = found.closest('li');
  if (!item) throw new Error(`No list item for ${message}`);
  return item;
}

describe('the Quality checks panel', () => {
  it('lists a missing glossary term with its segment, and drops it once the English is right', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await term({ source: '數字經濟', targets: ['digital economy'] });
    await openPanel(user);
    await translate(user, 3, 'Online economy.');
    const item = await issueItem('Missing term: 數字經濟 → digital economy');
    expect(within(item).getByRole('button', { name: 'Go to segment 3' })).toBeInTheDocument();
    expect(within(segment(3)).getByRole('button', { name: '1 quality issue' })).toBeVisible();
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent('1 issue');
    await user.keyboard('{Control>}a{/Control}Digital economy.');
    await waitFor(() => expect(within(panel()).queryByText(/Missing term/)).toBeNull());
    expect(within(segment(3)).queryByRole('button', { name: /quality issue/ })).toBeNull();
  });

  it('marks the term in the source of a flagged row', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await term({ source: '数字经济', targets: ['digital economy'] });
    await translate(user, 3, 'Online economy.');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(segment(3).querySelector('.segment__source .qa-mark')?.textContent).toBe('數字經濟'),
    );
  });

  it('warns when the same source is translated two ways, and goes to the segment', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await translate(user, 2, 'Develop it.');
    await translate(user, 4, 'Grow it.');
    await openPanel(user);
    const message = 'The same source is translated in 2 different ways';
    await waitFor(() => expect(within(panel()).getAllByText(message)).toHaveLength(2));
    await user.click(within(panel()).getByRole('button', { name: 'Go to segment 2' }));
    await waitFor(() => expect(english(2)).toHaveFocus());
  });

  it('ignores an issue (kept per project), undoes that, and restores it from the ignored', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await term({ source: '數字經濟', targets: ['digital economy'] });
    await openPanel(user);
    await translate(user, 3, 'Online economy.');
    const message = 'Missing term: 數字經濟 → digital economy';
    await user.click(within(await issueItem(message)).getByRole('button', { name: 'Ignore' }));
    await waitFor(() => expect(within(panel()).queryByText(message)).toBeNull());
    expect((await getQaSettings(db, await projectId())).ignored).toHaveLength(1);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await issueItem(message);
    await user.click(within(await issueItem(message)).getByRole('button', { name: 'Ignore' }));
    await user.click(await within(panel()).findByRole('button', { name: 'Show 1 ignored issue' }));
    const ignored = within(panel()).getByRole('list', { name: 'Ignored issues' });
    await user.click(within(ignored).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(within(panel()).getAllByText(message)).toHaveLength(1));
    expect((await getQaSettings(db, await projectId())).ignored).toEqual([]);
  });

  it('switches a whole check off for the project, and on again', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await term({ source: '數字經濟', targets: ['digital economy'] });
    await openPanel(user);
    await translate(user, 3, 'Online economy.');
    await issueItem('Missing term: 數字經濟 → digital economy');
    const terminology = within(panel()).getByRole('switch', { name: /Terminology/ });
    await user.click(terminology);
    await waitFor(() => expect(within(panel()).queryByText(/Missing term/)).toBeNull());
    expect((await getQaSettings(db, await projectId())).disabled).toEqual(['terminology']);
    expect(within(panel()).getByText('No quality issues.')).toBeInTheDocument();
    await user.click(terminology);
    await issueItem('Missing term: 數字經濟 → digital economy');
  });
});

describe('confirming a segment with errors', () => {
  it('asks first; Go back returns to the segment, Confirm anyway confirms', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await term({ source: '數字經濟', targets: ['cyber economy'], status: 'forbidden' });
    await translate(user, 3, 'Cyber economy.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Segment 3 has errors' });
    expect(dialog).toHaveTextContent('Forbidden term: cyber economy (for 數字經濟)');
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    const status = () => within(segment(3)).getByRole('combobox', { name: 'Status' });
    expect(status()).toHaveValue('draft');
    await waitFor(() => expect(english(3)).toHaveFocus());
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm anyway' }),
    );
    expect(status()).toHaveValue('translated');
  });

  it('does not hold up a segment with warnings only', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await term({ source: '數字經濟', targets: ['digital economy'] });
    await translate(user, 3, 'Online economy.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(segment(3)).getByRole('combobox', { name: 'Status' })).toHaveValue('translated');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('F8', () => {
  it('goes to the next segment with an issue, and Shift+F8 to the previous', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await translate(user, 2, 'Develop it.');
    await translate(user, 4, 'Grow it.');
    await user.click(english(1));
    await waitFor(async () => {
      await user.keyboard('{F8}');
      expect(english(2)).toHaveFocus();
    });
    await user.keyboard('{F8}');
    await waitFor(() => expect(english(4)).toHaveFocus());
    await user.keyboard('{Shift>}{F8}{/Shift}');
    await waitFor(() => expect(english(2)).toHaveFocus());
  });
});
