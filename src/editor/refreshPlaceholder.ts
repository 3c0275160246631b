import type { Editor } from '@tiptap/core';

/**
 * Redraws the placeholder after its text changed (the interface language was switched): the
 * placeholder decoration is recomputed on every view update, and an empty transaction is one
 * that changes neither the document nor the undo history, and saves nothing.
 */
export function refreshPlaceholder(editor: Editor): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
}
