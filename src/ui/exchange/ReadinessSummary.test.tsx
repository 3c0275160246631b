import { captureDownloads } from '../../../test/helpers/captureDownloads';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { renderWithProviders } from '../../../test/helpers/renderWithProviders';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { ExportGapsDialog } from './ExportGapsDialog';

// Each test boots the whole app and types into it: on a loaded machine that is slow.
vi.setConfig({ testTimeout: 20_000 });

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

type User = ReturnType<typeof userEvent.setup>;
const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });
const english = (number: number) =>
  within(segment(number)).getByRole('textbox', { name: 'English translation' });

async function pick(user: User, format: string) {
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await user.click(screen.getByRole('menuitem', { name: format }));
}

const proposal = ['產業互聯網', '2025年數字經濟增長7%。', '新基建是基礎。'].join('\n');

describe('readiness before a publication is written', () => {
  it('lists the untranslated and draft segments and the quality issues, each with a way there', async () => {
    const user = userEvent.setup();
    await renderApp(db, proposal);
    await user.click(english(2));
    // The year and the percentage are missing: the numbers check reports an error.
    await user.keyboard('The digital economy grew.');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(within(segment(2)).getByRole('button', { name: /quality issue/ })).toBeVisible(),
    );

    await pick(user, 'Markdown');
    const dialog = await screen.findByRole('dialog', { name: 'Not everything is translated yet' });
    const untranslated = within(dialog).getByRole('region', { name: '2 untranslated segments' });
    expect(
      within(untranslated)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Go to segment 1', 'Go to segment 3']);
    expect(untranslated).toHaveTextContent('新基建是基礎。');
    const drafts = within(dialog).getByRole('region', { name: '1 draft' });
    expect(drafts).toHaveTextContent('The digital economy grew.');
    const quality = within(dialog).getByRole('region', { name: /^Quality issues: \d+ errors?, / });
    expect(quality).toHaveTextContent('2025');
    expect(within(quality).getAllByRole('button', { name: 'Go to segment 2' }).length).toBe(
      quality.querySelectorAll('li').length,
    );
    // Existing names stay: the policy and the export button.
    expect(within(dialog).getByRole('radio', { name: 'Mark them as missing' })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Export Markdown' })).toBeInTheDocument();

    await user.click(within(drafts).getByRole('button', { name: 'Go to segment 2' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(english(2)).toHaveFocus());
    expect(downloads).toHaveLength(0);
  });

  it('asks before publishing a fully translated project that still has quality issues', async () => {
    const user = userEvent.setup();
    await renderApp(db, '2025年數字經濟增長7%。');
    await user.click(english(1));
    await user.keyboard('The digital economy grew.');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(within(segment(1)).getByRole('button', { name: /quality issue/ })).toBeVisible(),
    );
    await user.selectOptions(
      within(segment(1)).getByRole('combobox', { name: 'Status' }),
      'Translated',
    );

    await pick(user, 'HTML');
    const dialog = await screen.findByRole('dialog', { name: 'Before you export' });
    expect(within(dialog).queryByRole('radio')).toBeNull();
    expect(within(dialog).getByRole('region', { name: /^Quality issues/ })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Export HTML' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await downloads[0]?.text()).toContain('The digital economy grew.');
  });

  it('lists open comments when the comments feature hands them over, and nothing when not', async () => {
    const user = userEvent.setup();
    const goTo = vi.fn();
    const readiness = {
      untranslated: [],
      drafts: [],
      quality: { errors: 0, warnings: 0, issues: [] },
      openComments: [{ segmentNumber: 21, text: 'Typo in the source: 數字經發展?' }],
    };
    const props = {
      format: 'docx' as const,
      gaps: { untranslated: 0, drafts: 0 },
      initialPolicy: 'placeholder' as const,
      onExport: vi.fn(),
      onCancel: vi.fn(),
      onGoTo: goTo,
    };
    const { unmount } = await renderWithProviders(
      db,
      <ExportGapsDialog {...props} readiness={readiness} />,
    );
    const comments = screen.getByRole('region', { name: '1 open comment' });
    expect(comments).toHaveTextContent('Typo in the source: 數字經發展?');
    await user.click(within(comments).getByRole('button', { name: 'Go to segment 21' }));
    expect(goTo).toHaveBeenCalledWith(21);
    unmount();

    await renderWithProviders(
      db,
      <ExportGapsDialog {...props} readiness={{ ...readiness, openComments: undefined }} />,
    );
    expect(screen.queryByRole('region', { name: /open comment/ })).toBeNull();
  });
});
