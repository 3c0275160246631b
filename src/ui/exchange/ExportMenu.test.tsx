import { captureDownloads } from '../../../test/helpers/captureDownloads';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { resolveActiveProjectId } from '../../storage/repositories/projects';
import { getExportPolicy } from '../../storage/repositories/settings';

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

const user = () => userEvent.setup();

async function pick(format: string) {
  await user().click(screen.getByRole('button', { name: 'Export' }));
  await user().click(screen.getByRole('menuitem', { name: format }));
}

const policyOf = async () => getExportPolicy(db, (await resolveActiveProjectId(db)) ?? '');

describe('exporting a publication with gaps', () => {
  it('says how many segments are untranslated, marks them by default, and remembers the choice', async () => {
    await renderApp(db, '產業互聯網\n數字經濟是發展的高級階段。');
    await pick('HTML');
    const dialog = await screen.findByRole('dialog', { name: 'Not everything is translated yet' });
    expect(dialog).toHaveTextContent('2 segments are untranslated.');
    expect(downloads).toHaveLength(0);
    expect(within(dialog).getByRole('radio', { name: 'Mark them as missing' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Leave them out' })).not.toBeChecked();

    await user().click(within(dialog).getByRole('radio', { name: 'Show the source' }));
    await user().click(within(dialog).getByRole('button', { name: 'Export HTML' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await downloads[0]?.text()).toContain('數字經濟是發展的高級階段。');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await policyOf()).toBe('source');

    await pick('Word (DOCX)');
    const again = await screen.findByRole('dialog', { name: 'Not everything is translated yet' });
    expect(within(again).getByRole('radio', { name: 'Show the source' })).toBeChecked();
    expect(within(again).getByRole('button', { name: 'Export Word (DOCX)' })).toBeInTheDocument();
  });

  it('counts drafts as gaps, with the untranslated ones', async () => {
    await renderApp(db, '產業互聯網\n數字經濟是發展的高級階段。\n加快推進。');
    const row = screen.getByRole('group', { name: 'Segment 2' });
    await user().click(within(row).getByRole('textbox', { name: 'English translation' }));
    await user().keyboard('A first try');
    await pick('Markdown');
    // The typed draft is written before the project is read, which takes a moment here.
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Not everything is translated yet' },
      { timeout: 5000 },
    );
    expect(dialog).toHaveTextContent('2 segments are untranslated and 1 is a draft.');
    expect(dialog).toHaveTextContent('Drafts count as gaps');
    await user().click(within(dialog).getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const markdown = await downloads[0]?.text();
    expect(markdown).toBe(
      '# *\\[Translation pending\\]*\n\n*\\[Translation pending\\]*\n\n*\\[Translation pending\\]*\n',
    );
  });

  it('writes nothing and remembers nothing when cancelled', async () => {
    await renderApp(db, '產業互聯網\n數字經濟是發展的高級階段。');
    await pick('HTML');
    const dialog = await screen.findByRole('dialog', { name: 'Not everything is translated yet' });
    await user().click(within(dialog).getByRole('radio', { name: 'Leave them out' }));
    await user().click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(downloads).toHaveLength(0);
    expect(await policyOf()).toBe('placeholder');
  });

  it.each([['XLIFF 2.0'], ['Bilingual HTML'], ['Project file']])(
    'does not ask for %s, which never leaves text out',
    async (format) => {
      await renderApp(db, '產業互聯網\n數字經濟是發展的高級階段。');
      await pick(format);
      await waitFor(() => expect(downloads).toHaveLength(1));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(await downloads[0]?.text()).toContain('數字經濟是發展的高級階段。');
    },
  );

  it('writes the translator’s name from the preferences as the Word file’s author', async () => {
    await db.settings.put({ key: 'translatorName', value: 'Lin Wei' });
    await renderApp(db, '產業互聯網\n數字經濟是發展的高級階段。');
    await pick('Word (DOCX)');
    const dialog = await screen.findByRole('dialog', { name: 'Not everything is translated yet' });
    await user().click(within(dialog).getByRole('button', { name: 'Export Word (DOCX)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const files = unzipSync(new Uint8Array(await (downloads[0] as Blob).arrayBuffer()));
    const core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:creator>Lin Wei</dc:creator>');
    expect(core).not.toContain('產業互聯網</dc:creator>');
  });
});

describe('exporting XLIFF for OmegaT', () => {
  it('copies the source into empty targets, marked new, when the option is on', async () => {
    await renderApp(db, '產業互聯網\n數字經濟是發展的高級階段。');
    await pick('XLIFF 1.2');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await downloads[0]?.text()).not.toContain('<target');

    await user().click(screen.getByRole('button', { name: 'Export' }));
    const option = screen.getByRole('menuitemcheckbox', {
      name: 'Copy the source into empty targets (for OmegaT)',
    });
    expect(option).toHaveAttribute('aria-checked', 'false');
    await user().click(option);
    expect(option).toHaveAttribute('aria-checked', 'true');
    await user().click(screen.getByRole('menuitem', { name: 'XLIFF 1.2' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(await downloads[1]?.text()).toContain(
      '<target state="new">數字經濟是發展的高級階段。</target>',
    );
  }, 15_000);
});
