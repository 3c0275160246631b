import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import type { WorkspaceDb } from '../../storage/db';
import { memorySearchFor } from '../../storage/memory/memorySearch';
import { putMemoryUnits } from '../../storage/repositories/memory';
import { loadCharFold } from '../glossary/useCharFold';

const text = [
  '產業互聯網的建議',
  '加快推動工業互聯網融合發展,是數字經濟的重要載體。',
  '構建產業互聯網平臺。',
].join('\n');

const unit = (id: string, source: string, target: string, extra: Partial<MemoryUnit> = {}) =>
  ({
    id,
    source,
    target,
    sourceLang: 'zh-Hans',
    targetLang: 'en',
    origin: { kind: 'tmx', file: 'proposal.tmx' },
    createdAt: Date.UTC(2026, 10, 20),
    updatedAt: Date.UTC(2026, 10, 20),
    ...extra,
  }) satisfies MemoryUnit;

// The code the panel loads on demand, loaded once here as renderApp does for the editor, so
// that no test spends its time budget on module loading.
beforeAll(async () => {
  await Promise.all([
    import('./MemoryPanel'),
    import('../../storage/memory/memoryIndexHost'),
    import('opencc-js/t2cn'),
    loadCharFold(),
  ]);
}, 30_000);

let db: WorkspaceDb;
beforeEach(async () => {
  db = freshDb();
  await putMemoryUnits(db, [
    unit(
      'a',
      '加快推进工业互联网创新发展,是数字经济的重要载体。',
      'Speeding up the industrial internet carries the digital economy.',
    ),
    unit('b', '构建产业互联网平台。', 'Build industrial internet platforms.', {
      previousSource: '加快推动工业互联网融合发展,是数字经济的重要载体。',
    }),
  ]);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

// The panel's code and the memory load on first use: found with a longer wait than a click's.
const slow = { timeout: 10_000 };
const panel = () => screen.findByRole('region', { name: 'Translation memory' }, slow);
const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });
// With other test files running beside, a row was sometimes not there yet when looked for at
// once: found by waiting for it.
const translationOf = async (number: number) =>
  within(await screen.findByRole('group', { name: `Segment ${number}` }, slow)).getByLabelText(
    'English translation',
  );

// The first look-up loads the script tables (opencc) and builds the index: slower than a click.
describe('the translation memory panel', { timeout: 20_000 }, () => {
  it('shows the active segment’s match with its score, differences and origin, and inserts it', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(screen.getByRole('tab', { name: 'Translation memory' }));
    await user.click(await translationOf(2));
    const list = await within(await panel()).findByRole(
      'list',
      { name: 'Matches for segment 2' },
      slow,
    );
    const [best] = within(list).getAllByRole('listitem');
    expect(best).toHaveTextContent('87 %');
    expect(best).toHaveTextContent('proposal.tmx');
    expect([...(best?.querySelectorAll('del') ?? [])].map((del) => del.textContent)).toEqual([
      '进',
      '创新',
    ]);
    expect([...(best?.querySelectorAll('ins') ?? [])].map((ins) => ins.textContent)).toEqual([
      '動',
      '融合',
    ]);
    expect(within(await panel()).getByText('2 units in the memory')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Insert match 1 (Ctrl+1)' }));
    await waitFor(() =>
      expect(within(segment(2)).getByLabelText('English translation')).toHaveTextContent(
        'Speeding up the industrial internet carries the digital economy.',
      ),
    );
  });

  it('asks the memory once per move, for the segment moved to, and not within a segment', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(screen.getByRole('tab', { name: 'Translation memory' }));
    await user.click(await translationOf(2));
    await within(await panel()).findByRole('list', { name: 'Matches for segment 2' }, slow);
    // The page's one search (the panel's): its look-up starts as the move does, and the panel
    // shows that answer rather than asking again once the move has rendered.
    const search = memorySearchFor(db);
    const ask = search.lookup.bind(search);
    // Whether segment 3 still had no live editor (the move not yet rendered) when asked.
    const beforeRender: boolean[] = [];
    const lookup = vi.spyOn(search, 'lookup').mockImplementation((query) => {
      beforeRender.push(segment(3).querySelector('.segment-field--live') === null);
      return ask(query);
    });
    await user.keyboard('{Control>}{ArrowDown}{/Control}');
    const list = await within(await panel()).findByRole(
      'list',
      { name: 'Matches for segment 3' },
      slow,
    );
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      'Build industrial internet platforms.',
    );
    expect(lookup.mock.calls.map(([query]) => query.source)).toEqual(['構建產業互聯網平臺。']);
    expect(beforeRender).toEqual([true]);
    // Into the same segment's notes: no move, nothing asked.
    await user.click(within(segment(3)).getByRole('textbox', { name: 'Notes' }));
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('hides matches below the translator’s minimum score, and keeps the minimum', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(screen.getByRole('tab', { name: 'Translation memory' }));
    await user.click(await translationOf(2));
    const region = await panel();
    await within(region).findByRole('list', { name: 'Matches for segment 2' }, slow);
    const minimum = within(region).getByRole('combobox', { name: 'Minimum match' });
    expect(minimum).toHaveValue('50');
    // The best match scores 87 %.
    await user.selectOptions(minimum, '90 %');
    expect(
      await within(region).findByText('No match of 90 % or more in the memory.', {}, slow),
    ).toBeInTheDocument();
    await waitFor(async () => expect((await db.settings.get('memoryMinScore'))?.value).toBe(90));
    await user.selectOptions(minimum, '85 %');
    const list = await within(region).findByRole('list', { name: 'Matches for segment 2' }, slow);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('87 %');
  });

  it('marks a 100 % match with the same neighbours as a context match', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(screen.getByRole('tab', { name: 'Translation memory' }));
    await user.click(await translationOf(3));
    const list = await within(await panel()).findByRole(
      'list',
      { name: 'Matches for segment 3' },
      slow,
    );
    const [best] = within(list).getAllByRole('listitem');
    expect(best).toHaveTextContent('100 %');
    expect(within(best as HTMLElement).getByText('Context match')).toBeInTheDocument();
  });
});
