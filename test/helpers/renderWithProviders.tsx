import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../../src/app/App';
import { bootstrap } from '../../src/app/bootstrap';
import type { WorkspaceDb } from '../../src/storage/db';

/** Boots as the app does and renders one component inside the app's providers. */
export async function renderWithProviders(
  db: WorkspaceDb,
  children: ReactNode,
  defaultText = '預設項目\n預設的段落。',
) {
  const boot = await bootstrap(db, defaultText, ['en-GB']);
  return {
    boot,
    ...render(
      <AppProviders db={db} boot={boot}>
        {children}
      </AppProviders>,
    ),
  };
}
