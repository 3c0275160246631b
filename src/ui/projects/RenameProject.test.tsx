import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { renderWithProviders } from '../../../test/helpers/renderWithProviders';
import { freshDb } from '../../../test/helpers/testDb';
import { bootstrap } from '../../app/bootstrap';
import type { WorkspaceDb } from '../../storage/db';
import { getProject, resolveActiveProjectId } from '../../storage/repositories/projects';
import { ProjectSwitcher } from './ProjectSwitcher';
import { RenameProject } from './RenameProject';

let db: WorkspaceDb;
let downloaded: string[];
beforeEach(() => {
  db = freshDb();
  downloaded = [];
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloaded.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
});

/**
 * The rename button beside the switcher: alone, or in the whole app (where Export sits in the
 * same bar) when a test follows the name into an export.
 */
async function renderProjectBar({ withWorkspace = false } = {}) {
  const text = '產業互聯網\n數字經濟是發展的高級階段。';
  if (withWorkspace) {
    await renderApp(db, text);
  } else {
    await bootstrap(db, text, ['en-GB']);
    const activeId = (await resolveActiveProjectId(db)) ?? '';
    await renderWithProviders(
      db,
      <>
        <ProjectSwitcher activeProjectId={activeId} />
        <RenameProject activeProjectId={activeId} />
      </>,
      text,
    );
  }
  const projectId = (await resolveActiveProjectId(db)) ?? '';
  await screen.findByRole('option', { name: '產業互聯網' });
  return { projectId, user: userEvent.setup() };
}

async function openRename(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Rename project' }));
  return screen.findByRole('dialog', { name: 'Rename project' });
}

describe('Rename project', () => {
  it('saves the new name, which the switcher and export file names show at once', async () => {
    const { user, projectId } = await renderProjectBar({ withWorkspace: true });
    const dialog = await openRename(user);
    const field = within(dialog).getByRole('textbox', { name: 'Project name' });
    expect(field).toHaveValue('產業互聯網');
    await user.clear(field);
    await user.paste('  Action plan 2026  ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await getProject(db, projectId))?.name).toBe('Action plan 2026');
    const switcher = screen.getByRole('combobox', { name: 'Project' });
    await waitFor(() =>
      expect(within(switcher).getByRole('option', { selected: true })).toHaveTextContent(
        'Action plan 2026',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'XLIFF 2.0' }));
    await waitFor(() => expect(downloaded).toEqual(['Action plan 2026.xlf']));
  });

  it.each([
    ['an empty name', '', 'A project needs a name'],
    ['a name of spaces only', '   \u3000', 'A project needs a name'],
    ['a name over 60 characters', 'x'.repeat(61), 'at most 60 characters'],
  ])('refuses %s with a message and writes nothing', async (_case, typed, message) => {
    const { user, projectId } = await renderProjectBar();
    const before = await getProject(db, projectId);
    const dialog = await openRename(user);
    const field = within(dialog).getByRole('textbox', { name: 'Project name' });
    await user.clear(field);
    if (typed) await user.paste(typed);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await getProject(db, projectId)).toEqual(before);
    expect(
      within(screen.getByRole('combobox', { name: 'Project' })).getByRole('option'),
    ).toHaveTextContent('產業互聯網');
  });

  it('keeps the old name when cancelled', async () => {
    const { user, projectId } = await renderProjectBar();
    const dialog = await openRename(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Project name' }), ' changed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await getProject(db, projectId))?.name).toBe('產業互聯網');
  });
});
