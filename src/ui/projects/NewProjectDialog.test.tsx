import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettings, renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { listProjects } from '../../storage/repositories/projects';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

async function openDialog() {
  const user = userEvent.setup();
  await renderApp(db, '預設項目\n預設的段落。');
  await openSettings(user);
  await user.click(screen.getByRole('button', { name: 'New project' }));
  const dialog = await screen.findByRole('dialog', { name: 'New project' });
  return { user, dialog };
}

describe('New project', () => {
  it('creates a project from pasted text and opens it at once', async () => {
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText('Source text'), '新的標題{Enter}新的段落。');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Segment 2' })).getByText('新的段落。'),
      ).toBeInTheDocument(),
    );
    const projectSelect = screen.getByRole('combobox', { name: 'Project' });
    expect(within(projectSelect).getAllByRole('option')).toHaveLength(2);
  });

  it('creates a project from a picked file named after it', async () => {
    const { user, dialog } = await openDialog();
    const file = new File(['第一行\n第二行的內容。'], 'policy.txt', { type: 'text/plain' });
    await user.upload(within(dialog).getByLabelText('Source file'), file);
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));
    await waitFor(async () =>
      expect((await listProjects(db)).map((project) => project.name)).toContain('policy'),
    );
  });

  it.each([
    ['an empty file', new Uint8Array([]), 'The file is empty'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), 'binary'],
    ['a file that is not UTF-8', new Uint8Array([0xb2, 0xa3, 0xd2, 0xb5, 0x0a]), 'not UTF-8'],
  ])('refuses %s with a message and creates nothing', async (_name, bytes, message) => {
    const { user, dialog } = await openDialog();
    await user.upload(
      within(dialog).getByLabelText('Source file'),
      new File([bytes], 'source.txt', { type: 'text/plain' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));
    expect(await listProjects(db)).toHaveLength(1);
  });

  it('refuses a text of more paragraphs than one project holds, and creates nothing', async () => {
    const { user, dialog } = await openDialog();
    const file = new File(['字。\n'.repeat(200_001)], 'huge.txt', { type: 'text/plain' });
    await user.upload(within(dialog).getByLabelText('Source file'), file);
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('too long for one project');
    expect(await listProjects(db)).toHaveLength(1);
  });
});
