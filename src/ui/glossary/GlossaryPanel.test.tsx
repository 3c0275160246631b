import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

/** Opens the add form unless it is open already. */
async function openForm(user: ReturnType<typeof userEvent.setup>) {
  const disclosure = within(panel()).getByRole('button', { name: 'New term' });
  if (disclosure.getAttribute('aria-expanded') !== 'true') await user.click(disclosure);
}

async function addTerm(user: ReturnType<typeof userEvent.setup>, source: string, target: string) {
  const form = panel();
  await openForm(user);
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
    expect(within(panel()).getByRole('button', { name: '2 segments' })).toBeInTheDocument();
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

  it('says so when storage refuses an imported glossary, and writes nothing', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp(db, text);
    const input = container.ownerDocument.querySelector<HTMLInputElement>(
      '.glossary-transfer input[type=file]',
    );
    if (!input) throw new Error('no file input');
    vi.spyOn(db.glossary, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.upload(input, new File(['source,target\n數字經濟,digital economy\n'], 'terms.csv'));
    expect(
      await screen.findByText(/Import glossary did not work: The quota has been exceeded/),
    ).toBeInTheDocument();
    vi.restoreAllMocks();
    expect(await glossary()).toHaveLength(0);
  });

  it('shows this segment’s terms first, then the list, and keeps the add form folded', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(3)).getByRole('textbox', { name: 'English translation' }));
    const headings = within(panel())
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings.slice(0, 2)).toEqual(['Terms in this segment', 'All terms · 0']);
    expect(within(panel()).queryByRole('textbox', { name: 'Source term' })).toBeNull();
    const disclosure = within(panel()).getByRole('button', { name: 'New term' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    expect(within(panel()).getByRole('textbox', { name: 'Source term' })).toBeVisible();
    for (const name of ['Add term', 'Import glossary', 'Export glossary']) {
      expect(within(panel()).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(within(panel()).getByRole('textbox', { name: 'Note' })).toBeInTheDocument();
  });

  it('opens the form with the selection and the caret in Target term, by button and Ctrl+E', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    selectInSource(3, '數字經濟');
    await user.click(within(panel()).getByRole('button', { name: 'Add selection to glossary' }));
    const target = within(panel()).getByRole('textbox', { name: 'Target term' });
    await waitFor(() => expect(target).toHaveFocus());
    expect(within(panel()).getByRole('textbox', { name: 'Source term' })).toHaveValue('數字經濟');

    selectInSource(2, '互聯網');
    await user.keyboard('{Control>}e{/Control}');
    await waitFor(() =>
      expect(within(panel()).getByRole('textbox', { name: 'Source term' })).toHaveValue('互聯網'),
    );
    expect(within(panel()).getByRole('textbox', { name: 'Target term' })).toHaveFocus();
    await user.keyboard('internet{Enter}');
    await waitFor(async () => expect((await glossary()).map((e) => e.source)).toEqual(['互聯網']));
  });

  it('takes a draft made while it was closed once, when it opens, and not again', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    const hide = () => user.click(screen.getByRole('button', { name: 'Hide side panel' }));
    const show = () => user.click(screen.getByRole('tab', { name: 'Glossary' }));
    await hide();
    expect(screen.queryByRole('region', { name: 'Glossary' })).toBeNull();
    selectInSource(3, '數字經濟');
    await user.keyboard('{Control>}e{/Control}');
    const target = await within(await screen.findByRole('region', { name: 'Glossary' })).findByRole(
      'textbox',
      { name: 'Target term' },
    );
    await waitFor(() => expect(target).toHaveFocus());
    await hide();
    await show();
    expect(within(panel()).queryByRole('textbox', { name: 'Target term' })).toBeNull();
    expect(within(panel()).getByRole('button', { name: 'New term' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('suggests whole words, counted in segments, and drafts one on a click', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(panel()).getByRole('button', { name: 'Suggest terms' }));
    const chip = await within(panel()).findByRole('button', { name: '產業互聯網 · 2 segments' });
    // WCAG 2.5.3: the name is what the chip shows.
    expect(chip).toHaveAccessibleName(chip.textContent ?? '');
    await user.click(chip);
    const target = within(panel()).getByRole('textbox', { name: 'Target term' });
    await waitFor(() => expect(target).toHaveFocus());
    expect(within(panel()).getByRole('textbox', { name: 'Source term' })).toHaveValue('產業互聯網');
  });

  it('edits a term in the unfolded form, the caret in Target term', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '數字經濟', 'digital economy');
    await user.click(within(panel()).getByRole('button', { name: 'New term' }));
    expect(within(panel()).queryByRole('textbox', { name: 'Source term' })).toBeNull();
    await user.click(within(panel()).getByRole('button', { name: 'Edit 數字經濟' }));
    const target = within(panel()).getByRole('textbox', { name: 'Target term' });
    await waitFor(() => expect(target).toHaveFocus());
    expect(target).toHaveValue('digital economy');
    await user.keyboard('; digital economies{Enter}');
    await within(panel()).findByText('Saved 數字經濟.');
    expect((await glossary())[0]?.targets).toEqual(['digital economy', 'digital economies']);
  });

  it('names the segment’s term chips by what they show', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '數字經濟', 'digital economy');
    await user.click(within(segment(3)).getByRole('textbox', { name: 'English translation' }));
    const chip = await within(panel()).findByRole('button', {
      name: '數字經濟 → digital economy',
    });
    expect(chip).toHaveAccessibleName(chip.textContent ?? '');
    expect(chip).toHaveAccessibleDescription(
      'Click one, or press Alt+1…9, to insert it at the caret.',
    );
  });

  it('translates its messages again when the interface language changes', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await addTerm(user, '數字經濟', 'digital economy');
    expect(within(panel()).getByText('Added 數字經濟.')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Add term' }));
    expect(within(panel()).getByRole('alert')).toHaveTextContent('Type the source term.');
    await user.selectOptions(screen.getByLabelText('Interface language'), 'zh-Hans');
    const zhPanel = await screen.findByRole('region', { name: '术语表' });
    expect(within(zhPanel).getByText('已添加 數字經濟。')).toBeInTheDocument();
    expect(within(zhPanel).getByRole('alert')).toHaveTextContent('请输入源术语。');
    expect(within(zhPanel).getByRole('button', { name: '1 个句段' })).toBeInTheDocument();
    const note = within(zhPanel).getByRole('textbox', { name: '注释' });
    expect(note.querySelector('[data-placeholder]')).toHaveAttribute(
      'data-placeholder',
      '定义、用法、术语出处…',
    );
    expect(englishWords(zhPanel)).toEqual([]);
  });
});

/** Selects `text` in a segment's source cell, as a translator's drag would. */
function selectInSource(number: number, text: string) {
  const source = segment(number).querySelector('.segment__source');
  const walker = document.createTreeWalker(source ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent?.indexOf(text) ?? -1;
    if (start === -1) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return;
  }
  throw new Error(`${text} is not in segment ${number}`);
}

/** English words in an element's text, leaving out data marked as English and key names. */
function englishWords(element: HTMLElement): string[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[lang="en"]')) continue;
    for (const [word] of node.textContent?.matchAll(/[A-Za-z]{3,}/g) ?? []) {
      if (!['Ctrl', 'Alt'].includes(word)) words.push(word);
    }
  }
  return words;
}
