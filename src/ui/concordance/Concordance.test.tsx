import { captureDownloads } from '../../../test/helpers/captureDownloads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { listMemoryUnits } from '../../storage/repositories/memory';

let db: WorkspaceDb;
let downloads: Blob[];
beforeEach(() => {
  db = freshDb();
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

const fixture = (name: string) =>
  new File([readFileSync(join(import.meta.dirname, '../../../test/fixtures/tmx', name))], name);

const proposal = '加快推進工業互聯網創新發展\n發展數字經濟，推動雲計算與實體經濟深度融合。\n馬化騰';

async function importTmx(file: File) {
  const user = userEvent.setup();
  // Import TMX lives in the Translation memory tab.
  await user.click(screen.getByRole('tab', { name: 'Translation memory' }));
  const button = await screen.findByRole('button', { name: 'Import TMX' });
  const input = document.querySelector<HTMLInputElement>('.import--tmx input[type=file]');
  if (!input) throw new Error('no file input');
  await user.click(button);
  await user.upload(input, file);
}

async function confirmSegment(number: number, english: string) {
  const user = userEvent.setup();
  const row = screen.getByRole('group', { name: `Segment ${number}` });
  await user.click(within(row).getByRole('textbox', { name: 'English translation' }));
  await user.keyboard(english);
  await user.keyboard('{Control>}{Enter}{/Control}');
}

describe('Import TMX', { timeout: 20_000 }, () => {
  it('adds the pairs to the memory and says how many, and which were skipped', async () => {
    await renderApp(db, proposal);
    await importTmx(fixture('memoq.tmx'));
    expect(
      await screen.findByText(
        'Imported 2 units from memoq.tmx (1 skipped: 1 without Chinese).',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const units = await listMemoryUnits(db);
    expect(units.map((unit) => unit.origin)).toEqual([
      { kind: 'tmx', file: 'memoq.tmx' },
      { kind: 'tmx', file: 'memoq.tmx' },
    ]);
  });

  it('refuses a malformed file with the problem and writes nothing', async () => {
    await renderApp(db, proposal);
    await importTmx(new File(['<tmx version="1.4"><body><tu>'], 'broken.tmx'));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /broken\.tmx is not well-formed XML \(line 1, column \d+\): .+\. Nothing was imported\./,
    );
    expect(await listMemoryUnits(db)).toEqual([]);
  });
});

describe('Concordance', { timeout: 20_000 }, () => {
  it('finds a word of an imported TMX in either script, highlighted, with its file', async () => {
    const user = userEvent.setup();
    await renderApp(db, proposal);
    await importTmx(fixture('memoq.tmx'));
    await screen.findByText(/Imported 2 units/, {}, { timeout: 5000 });

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Concordance' });
    await user.type(
      within(dialog).getByRole('searchbox', { name: 'Concordance search' }),
      '雲計算',
    );
    const results = await within(dialog).findByRole('list', { name: 'Concordance results' });
    const [hit] = within(results).getAllByRole('listitem');
    expect(hit).toHaveTextContent('推动“云计算”与实体经济深度融合');
    expect(hit).toHaveTextContent('TMX: memoq.tmx');
    expect(hit?.querySelector('mark')).toHaveTextContent('云计算');
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 unit');
    expect(within(hit as HTMLElement).queryByRole('button', { name: /Go to segment/ })).toBeNull();
  });

  it('finds the open project’s confirmed segments and goes to them', async () => {
    const user = userEvent.setup();
    await renderApp(db, proposal);
    await confirmSegment(2, 'Develop the digital economy');

    await user.click(screen.getByRole('button', { name: 'Concordance' }));
    const dialog = await screen.findByRole('dialog', { name: 'Concordance' });
    await user.type(
      within(dialog).getByRole('searchbox', { name: 'Concordance search' }),
      'DIGITAL',
    );
    const go = await within(dialog).findByRole('button', { name: 'Go to segment 2' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Develop the digital economy');
    await user.click(go);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = screen.getByRole('group', { name: 'Segment 2' });
    await waitFor(() =>
      expect(within(row).getByRole('textbox', { name: 'English translation' })).toHaveFocus(),
    );
  });

  it('starts from the selected text', async () => {
    const user = userEvent.setup();
    await renderApp(db, proposal);
    const source = within(screen.getByRole('group', { name: 'Segment 3' })).getByText('馬化騰');
    document.getSelection()?.selectAllChildren(source);
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Concordance' });
    expect(within(dialog).getByRole('searchbox', { name: 'Concordance search' })).toHaveValue(
      '馬化騰',
    );
  });
});

describe('Export', { timeout: 20_000 }, () => {
  it('offers TMX of the project and of the whole memory', async () => {
    const user = userEvent.setup();
    await renderApp(db, proposal);
    await confirmSegment(1, 'Accelerate the industrial Internet');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'TMX' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const tmx = await downloads[0]?.text();
    expect(tmx).toContain('<seg>Accelerate the industrial Internet</seg>');
    expect(tmx).toContain('<seg>加快推進工業互聯網創新發展</seg>');
    expect(tmx?.match(/<tu /g)).toHaveLength(1);

    await importTmx(fixture('translate-toolkit.tmx'));
    await screen.findByText(/Imported 3 units/, {}, { timeout: 5000 });
    // The confirmed segment reaches the memory shortly after its save.
    await vi.waitFor(async () => expect(await listMemoryUnits(db)).toHaveLength(4), {
      timeout: 5000,
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'TMX (whole memory)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    // Every unit of the memory: the file's three, and the project's once the memory has it.
    const memory = await downloads[1]?.text();
    expect(memory).toContain('<seg>数字经济已成为经济增长的新动能。</seg>');
    expect(memory?.match(/<tu /g)).toHaveLength((await listMemoryUnits(db)).length);
  });
});
