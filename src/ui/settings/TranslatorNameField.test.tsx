import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/helpers/renderWithProviders';
import { freshDb } from '../../../test/helpers/testDb';
import { bootstrap } from '../../app/bootstrap';
import type { WorkspaceDb } from '../../storage/db';
import { getSetting } from '../../storage/repositories/settings';
import { TranslatorNameField } from './TranslatorNameField';

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('Translator’s name', () => {
  it('starts empty and keeps the name typed, also after a reload', async () => {
    const user = userEvent.setup();
    await renderWithProviders(db, <TranslatorNameField />);
    const field = screen.getByRole('textbox', { name: 'Translator’s name' });
    expect(field).toHaveValue('');
    await user.type(field, 'Lin Wei');
    await user.tab();
    await waitFor(async () => expect(await getSetting(db, 'translatorName')).toBe('Lin Wei'));
    expect((await bootstrap(db, '', ['en'])).preferences.translatorName).toBe('Lin Wei');
  });

  it('saves what was typed when the field goes away before a pause', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderWithProviders(db, <TranslatorNameField />);
    await user.type(screen.getByRole('textbox', { name: 'Translator’s name' }), 'Chen');
    unmount();
    await waitFor(async () => expect(await getSetting(db, 'translatorName')).toBe('Chen'));
  });

  it('saves after a pause in typing, without leaving the field', async () => {
    const user = userEvent.setup();
    await renderWithProviders(db, <TranslatorNameField />);
    await user.type(screen.getByRole('textbox', { name: 'Translator’s name' }), 'Wu');
    await waitFor(async () => expect(await getSetting(db, 'translatorName')).toBe('Wu'));
  });

  it('shows the saved name and treats a stored value of the wrong type as none', async () => {
    await db.settings.put({ key: 'translatorName', value: 42 });
    expect((await bootstrap(db, '', ['en'])).preferences.translatorName).toBe('');
    await db.settings.put({ key: 'translatorName', value: 'Zhao' });
    await renderWithProviders(db, <TranslatorNameField />);
    expect(screen.getByRole('textbox', { name: 'Translator’s name' })).toHaveValue('Zhao');
  });
});
