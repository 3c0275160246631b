import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { listGlossary } from '../../storage/repositories/glossary';
import { resolveActiveProjectId } from '../../storage/repositories/projects';

const text = ['產業互聯網的建議', '發展产业互联网和互聯網。', '數字經濟是重要動力。'].join('\n');

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const panel = () => screen.getByRole('region', { name: 'Glossary' });
const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });

async function addTerm(user: ReturnType<typeof userEvent.setup>, source: string, target: string) {
  const form = panel();
  await user.clear(within(form).getByLabelText('Source term'));
  await user.type(within(form).getByLabelText('Source term'), source);
  await user.type(within(form).getByLabelText('Target term'), target);
  await user.click(within(form).getByRole('button', { name: 'Add term' }));
  await waitFor(() => expect(within(form).getByLabelText('Source term')).toHaveValue(''));
}

async function glossary() {
  return listGlossary(db, (await resolveActiveProjectId(db)) ?? '');
}

describe('the glossary panel', () => {
  it('adds a term and marks it in the source, in either script, longest first', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '产业互联网', 'industrial internet');
    await addTerm(user, '互聯網', 'internet');
    await waitFor(() => expect(segment(2).querySelectorAll('mark')).toHaveLength(2));
    const marks = [...segment(2).querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['产业互联网', '互聯網']);
    expect(marks[0]).toHaveAttribute('title', 'industrial internet');
    expect(segment(1).querySelector('mark')?.textContent).toBe('產業互聯網');
    expect(within(panel()).getByRole('button', { name: '2 occurrences' })).toBeInTheDocument();
  });

  it('merges a term typed again instead of duplicating it', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '數字經濟', 'digital economy');
    await addTerm(user, '數字經濟', 'digital economies');
    const entries = await glossary();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.targets).toEqual(['digital economy', 'digital economies']);
  });

  it('asks before deleting a term, deletes it and undoes the deletion', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '數字經濟', 'digital economy');
    const deleteButton = await within(panel()).findByRole('button', { name: 'Delete 數字經濟' });
    await user.click(deleteButton);
    const question = () =>
      screen.getByRole('dialog', { name: 'Delete “數字經濟” from the glossary?' });
    await user.click(within(question()).getByRole('button', { name: 'Cancel' }));
    expect(await glossary()).toHaveLength(1);
    await user.click(deleteButton);
    await user.click(within(question()).getByRole('button', { name: 'Delete term' }));
    await waitFor(async () => expect(await glossary()).toHaveLength(0));
    await user.click(within(panel()).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await glossary()).toHaveLength(1));
  });

  it('finds terms by search in the other script and by English', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '數字經濟', 'digital economy');
    await addTerm(user, '互聯網', 'internet');
    const search = within(panel()).getByLabelText('Search glossary');
    await user.type(search, '数字');
    await waitFor(() =>
      expect(
        within(panel()).queryByRole('button', { name: 'Delete 互聯網' }),
      ).not.toBeInTheDocument(),
    );
    expect(within(panel()).getByRole('button', { name: 'Delete 數字經濟' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'INTERNET');
    expect(within(panel()).getByRole('button', { name: 'Delete 互聯網' })).toBeInTheDocument();
  });

  it('imports a CSV glossary and refuses a broken TBX, naming the line, writing nothing', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp(db, text);
    const input = container.ownerDocument.querySelector<HTMLInputElement>(
      '.glossary-transfer input[type=file]',
    );
    if (!input) throw new Error('no file input');
    await user.upload(
      input,
      new File(['<martif>\n<text>\n<body></text></martif>'], 'broken.tbx', {
        type: 'application/xml',
      }),
    );
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('line 3');
    expect(await glossary()).toHaveLength(0);
    await user.upload(
      input,
      new File(
        ['source,target\n數字經濟,digital economy\n新基建,new infrastructure\n'],
        'terms.csv',
      ),
    );
    await within(panel()).findByText(/Imported 2 new terms/);
    expect((await glossary()).map((entry) => entry.source).sort()).toEqual(['數字經濟', '新基建']);
  });

  it('flags a translation that does not use the glossary’s English', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '數字經濟', 'digital economy');
    await user.click(within(segment(3)).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('The online economy is a driver.');
    expect(
      await within(segment(3)).findByText('Missing term: 數字經濟 → digital economy'),
    ).toBeInTheDocument();
    await user.keyboard('{Control>}a{/Control}Digital economies drive growth.');
    await waitFor(() =>
      expect(within(segment(3)).queryByText(/Missing term/)).not.toBeInTheDocument(),
    );
  });
});
