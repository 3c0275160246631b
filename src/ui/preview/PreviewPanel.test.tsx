import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeCaretAtEnd, renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { resolveActiveProjectId } from '../../storage/repositories/projects';
import { getExportPolicy } from '../../storage/repositories/settings';

const text = ['產業互聯網', '數字經濟是發展的高級階段。', '新基建是基礎。'].join('\n');

// Each test boots the whole app and types into it: on a loaded machine that is slow.
vi.setConfig({ testTimeout: 20_000 });

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
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
const previewButton = () => screen.getByRole('button', { name: 'Preview' });
const preview = () => screen.getByRole('region', { name: 'Preview' });

async function openPreview(user: User) {
  await user.click(previewButton());
  return screen.findByRole('region', { name: 'Preview' });
}

describe('the Preview', () => {
  it('shows the publication as the HTML export writes it, and follows the typing', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    expect(previewButton()).toHaveAttribute('aria-pressed', 'false');
    const region = await openPreview(user);
    expect(previewButton()).toHaveAttribute('aria-pressed', 'true');
    // Nothing is translated: the gaps are marked as missing, the export's default.
    expect(
      await within(region).findByRole('heading', { level: 1, name: '[Translation pending]' }),
    ).toBeInTheDocument();

    await user.click(english(1));
    await user.keyboard('Industrial internet');
    // The editor's text as it is typed, before it is saved or confirmed, said to be a draft.
    expect(
      await within(preview()).findByRole('heading', { level: 1, name: 'Industrial internet' }),
    ).toBeInTheDocument();
    expect(within(preview()).getByText('Draft: in the export once confirmed')).toBeVisible();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(within(preview()).queryByText('Draft: in the export once confirmed')).toBeNull(),
    );
    await user.keyboard('The digital economy is an advanced stage.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(
      await within(preview()).findByText('The digital economy is an advanced stage.'),
    ).toBeInTheDocument();

    // An edit to a confirmed segment shows as it is typed, before it is saved.
    await user.click(english(2));
    placeCaretAtEnd(english(2));
    await user.keyboard(' Really.');
    expect(
      await within(preview()).findByText('The digital economy is an advanced stage. Really.'),
    ).toBeInTheDocument();
  });

  it('shares what untranslated segments become with the export, for this project', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    const region = await openPreview(user);
    const choice = await within(region).findByRole('combobox', { name: 'Untranslated segments:' });
    await waitFor(() => expect(choice).toBeEnabled());
    await user.selectOptions(choice, 'Show the source');
    expect(await within(region).findByText('數字經濟是發展的高級階段。')).toBeInTheDocument();
    const projectId = (await resolveActiveProjectId(db)) ?? '';
    await waitFor(async () => expect(await getExportPolicy(db, projectId)).toBe('source'));
    await user.selectOptions(choice, 'Leave them out');
    expect(await within(region).findByText(/Nothing to publish yet/)).toBeInTheDocument();
  });

  it('prints the publication alone, and gives the panel back when pressed again', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(screen.getByRole('tab', { name: 'Quality checks' }));
    await openPreview(user);
    await within(preview()).findByRole('heading', { level: 1 });
    const printed: string[] = [];
    // happy-dom has no window.print: the browser's prints what the page holds at that moment.
    const print = vi.fn(() => {
      // What is printed: the copy outside the workspace, the last thing in the page.
      printed.push(document.body.lastElementChild?.textContent ?? '');
    });
    window.print = print;
    await user.click(within(preview()).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(printed).toEqual(['[Translation pending]'.repeat(3)]);

    await user.click(previewButton());
    expect(screen.queryByRole('region', { name: 'Preview' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Quality checks' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(previewButton()).toHaveAttribute('aria-pressed', 'false');
  });
});
