import { Editor } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import type { RichTextDoc } from '../domain/model/richText';
import { segmentEditorExtensions } from './extensions';
import type { PendingEdit } from './pendingInput';
import { toRichTextDoc } from './toRichTextDoc';

/**
 * Plays buffered input into a live editor as if it had been typed there: text through the
 * editor's text-input handlers, keys through its key handlers (Tiptap's keymaps and the
 * workspace's shortcuts). A plain Backspace or Delete inside a paragraph, which ProseMirror
 * leaves to the browser, deletes one character here.
 */
export function replayPendingInput(view: EditorView, edits: readonly PendingEdit[]): void {
  for (const edit of edits) {
    if (edit.kind === 'text') {
      const { from, to } = view.state.selection;
      const insert = () => view.state.tr.insertText(edit.text, from, to);
      const handled = view.someProp('handleTextInput', (handle) =>
        handle(view, from, to, edit.text, insert),
      );
      if (!handled) view.dispatch(insert().scrollIntoView());
      continue;
    }
    const event = new KeyboardEvent('keydown', { ...edit.key, bubbles: true, cancelable: true });
    const handled = view.someProp('handleKeyDown', (handle) => handle(view, event));
    if (!handled && !event.defaultPrevented) deleteCharacter(view, edit.key.key);
  }
}

function deleteCharacter(view: EditorView, key: string): void {
  const { empty, $from } = view.state.selection;
  if (!empty) return;
  const text = $from.parent.textContent;
  const offset = $from.parentOffset;
  if (key === 'Backspace' && offset > 0) {
    const width = isLowSurrogate(text, offset - 1) && offset > 1 ? 2 : 1;
    view.dispatch(view.state.tr.delete($from.pos - width, $from.pos));
  } else if (key === 'Delete' && offset < $from.parent.content.size) {
    const width = isLowSurrogate(text, offset + 1) ? 2 : 1;
    view.dispatch(view.state.tr.delete($from.pos, $from.pos + width));
  }
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Applies input typed into a field that was left before its editor arrived to the stored
 * content, at the end (there is no layout to place a click in): the text is kept, not dropped.
 * Workspace shortcuts do nothing here, as the field is no longer the active one.
 */
export function applyPendingInputToDoc(
  doc: RichTextDoc,
  edits: readonly PendingEdit[],
): { doc: RichTextDoc; text: string } {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: segmentEditorExtensions(() => ''),
    content: doc,
  });
  try {
    editor.commands.setTextSelection(editor.state.doc.content.size);
    replayPendingInput(editor.view, edits);
    return {
      doc: toRichTextDoc(editor.getJSON()),
      text: editor.getText({ blockSeparator: '\n' }),
    };
  } finally {
    editor.destroy();
  }
}
