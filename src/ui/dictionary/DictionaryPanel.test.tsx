import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCedict } from '../../../scripts/buildDictionary';
import { renderWithProviders } from '../../../test/helpers/renderWithProviders';
import { freshDb } from '../../../test/helpers/testDb';
import {
  buildDictionaryAsset,
  Dictionary,
  foldTableOf,
} from '../../domain/dictionary/dictionaryAsset';
import { answerQuery } from '../../domain/dictionary/dictionaryQuery';
import { loadScriptConverter } from '../../domain/script/convertScript';
import type { WorkspaceDb } from '../../storage/db';
import { DictionaryPanel } from './DictionaryPanel';
import type { DictionaryService } from './dictionaryService';

const source = '騰訊公司董事會主席兼首席執行官馬化騰今年計劃提交加快推進云計算等新基建';

// The app's CC-CEDICT, cut to the entries this source needs (the whole takes seconds to build),
// answered in this thread rather than in the worker.
let service: DictionaryService;
beforeAll(async () => {
  // The source writes 云計算 in mixed scripts; CC-CEDICT has 雲計算 and 云计算.
  const headwords = new Set<string>(['雲計算']);
  for (let start = 0; start < source.length; start += 1) {
    for (let end = start + 1; end <= source.length; end += 1)
      headwords.add(source.slice(start, end));
  }
  const cedict = readCedict()
    .split('\n')
    .filter((line) => {
      const [traditional = '', simplified = ''] = line.split(' ');
      return line.startsWith('#') || headwords.has(traditional) || headwords.has(simplified);
    })
    .join('\n');
  const toSimplified = await loadScriptConverter('zh-Hans');
  const dictionary = new Dictionary(buildDictionaryAsset(cedict, foldTableOf(toSimplified)));
  service = { query: async (query) => answerQuery(query, dictionary), warm: () => undefined };
}, 30_000);

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  db.close();
});

function select(text: string) {
  const cell = document.querySelector('.segment__source');
  const node = cell?.firstChild;
  if (!node) throw new Error('No source cell');
  const start = source.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

async function renderPanel() {
  const added: [string, string][] = [];
  const inserted: string[] = [];
  await renderWithProviders(
    db,
    <>
      <p className="segment__source" lang="zh-Hant">
        {source}
      </p>
      <DictionaryPanel
        service={service}
        onAddToGlossary={(headword, definition) => added.push([headword, definition])}
        onInsert={(text) => inserted.push(text)}
      />
    </>,
  );
  return { added, inserted, panel: screen.getByRole('region', { name: 'Dictionary' }) };
}

describe('the Dictionary panel', () => {
  it('says how to use it and credits CC-CEDICT', async () => {
    const { panel } = await renderPanel();
    expect(within(panel).getByText(/Select text in a source cell/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'CC-CEDICT' })).toHaveAttribute(
      'href',
      'https://cc-cedict.org/wiki/',
    );
    expect(within(panel).getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
  });

  it('shows a selected name in both scripts, with pinyin and as English writes it', async () => {
    const user = userEvent.setup();
    const { panel, added, inserted } = await renderPanel();
    select('馬化騰');
    await within(panel).findByText('Ma Huateng');
    expect(within(panel).getByText('mǎ huà téng')).toBeInTheDocument();
    expect(within(panel).getByText('马化腾')).toBeInTheDocument();
    expect(within(panel).getByText('Mǎ Huà téng')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Insert Ma Huateng' }));
    expect(inserted).toEqual(['Ma Huateng']);
    const definition = 'Ma Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent';
    await user.click(within(panel).getByRole('button', { name: `Add to glossary: ${definition}` }));
    expect(added).toEqual([['馬化騰', definition]]);
  });

  it('finds 雲計算 for the mixed-script 云計算, and lists a longer selection word by word', async () => {
    const user = userEvent.setup();
    const { panel, added } = await renderPanel();
    select('云計算');
    await within(panel).findByText('cloud computing');
    expect(within(panel).getByText('雲計算')).toBeInTheDocument();
    // The selection's reading and the entry's.
    expect(within(panel).getAllByText('yún jì suàn')).toHaveLength(2);
    await user.click(
      within(panel).getByRole('button', { name: 'Add to glossary: cloud computing' }),
    );
    expect(added).toEqual([['雲計算', 'cloud computing']]);

    select('加快推進云計算');
    await within(panel).findByText('to accelerate; to speed up; to hasten');
    const heads = [...panel.querySelectorAll('.dictionary-entry__head span[lang="zh-Hant"]')];
    expect(heads.map((head) => head.textContent)).toEqual(['加快', '推進', '雲計算']);
    expect(within(panel).queryByText('As a name')).toBeNull();
  });

  it('looks up the word at a caret in the source', async () => {
    const { panel } = await renderPanel();
    const node = document.querySelector('.segment__source')?.firstChild;
    if (!node) throw new Error('No source cell');
    document.getSelection()?.collapse(node, source.indexOf('執'));
    document.dispatchEvent(new Event('selectionchange'));
    await within(panel).findByText('chief executive officer (CEO)');
    await waitFor(() =>
      expect(panel.querySelector('.dictionary__query')).toHaveTextContent('首席執行官'),
    );
  });
});
