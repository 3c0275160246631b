import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { bootstrap } from '../../src/app/bootstrap';
import { loadLiveEditors } from '../../src/editor/lazyEditors';
import type { WorkspaceDb } from '../../src/storage/db';

/**
 * Boots the whole app on a test database, as main.tsx does in the browser, with the editor code
 * already there as it is a moment after the first paint (the browser tests cover typing before
 * it arrives; loading it inside a test would only spend that test's time budget).
 */
export async function renderApp(db: WorkspaceDb, defaultText: string, languages = ['en-GB']) {
  const [boot] = await Promise.all([bootstrap(db, defaultText, languages), loadLiveEditors()]);
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
