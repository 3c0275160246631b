import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { bootstrap } from '../../src/app/bootstrap';
import { loadLiveEditors } from '../../src/editor/lazyEditors';
import type { WorkspaceDb } from '../../src/storage/db';

// The editor code is there, as it is a moment after the first paint in the browser (the browser
// tests cover typing before it arrives). Loaded while the test file is collected, as a static
// import would be, so that no test spends its time budget on it.
await loadLiveEditors();

/** Boots the whole app on a test database, as main.tsx does in the browser. */
export async function renderApp(db: WorkspaceDb, defaultText: string, languages = ['en-GB']) {
  const boot = await bootstrap(db, defaultText, languages);
  const result = render(<App db={db} boot={boot} />);
  await screen.findAllByRole('group');
  return result;
}

/** Puts the caret at the end of a contenteditable, as a click would. */
export function placeCaretAtEnd(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  selection?.selectAllChildren(element);
  selection?.collapseToEnd();
}

/** Opens the Settings panel, where the less frequent controls live. */
export async function openSettings(user: { click: (element: Element) => Promise<void> }) {
  const button = screen.getByRole('button', { name: 'Settings' });
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
}
