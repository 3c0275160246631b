import { editorCommandForKey, type KeyLike } from './editorCommandForKey';

export type PendingKey = Pick<
  KeyLike,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
>;

export type PendingEdit = { kind: 'text'; text: string } | { kind: 'key'; key: PendingKey };

/** Keys whose effect belongs to ProseMirror (or to a workspace command): replayed in order. */
const editingKeys = new Set(['Enter', 'Backspace', 'Delete']);
/** Copy, cut, paste and select-all keep the browser's behaviour (paste arrives as an event). */
const browserShortcuts = new Set(['a', 'c', 'v', 'x']);

/**
 * What a translator types into a field whose live editor is still being downloaded (the editor
 * code is loaded after the first paint, and a click can beat it): text, line breaks, deletions
 * and editor shortcuts are kept in order and replayed into the editor when it mounts, or into
 * the stored text if the field is left first. Nothing reaches the static element's DOM, which
 * React owns.
 *
 * Caret moves (arrows, Home, End) in that moment are not replayed: the editor puts the caret
 * where the click was, as it does when it is already loaded.
 */
export class PendingInput {
  private edits: PendingEdit[] = [];
  private element: HTMLElement | null = null;
  /**
   * Whether the placeholder had the focus when the editor replaced it (so the editor takes it),
   * or null when no placeholder ever captured input (the editor then behaves as usual).
   */
  hadFocus: boolean | null = null;

  get isEmpty(): boolean {
    return this.edits.length === 0;
  }

  /** Hands the buffered edits over (once): the buffer is empty afterwards. */
  take(): PendingEdit[] {
    const edits = this.edits;
    this.edits = [];
    return edits;
  }

  /** Captures input on the placeholder element until the returned function is called. */
  listen(element: HTMLElement): () => void {
    this.element = element;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.keyCode === 229) return;
      if (!isReplayedKey(event)) return;
      event.preventDefault();
      this.edits.push({ kind: 'key', key: pendingKey(event) });
    };
    const onBeforeInput = (event: InputEvent) => {
      // An input method's composition cannot be cancelled: its text is taken at compositionend.
      if (event.inputType === 'insertCompositionText') return;
      event.preventDefault();
      if (event.inputType === 'insertParagraph') this.pushKey('Enter', false);
      else if (event.inputType === 'insertLineBreak') this.pushKey('Enter', true);
      else if (event.inputType === 'deleteContentBackward') this.pushKey('Backspace', false);
      else if (event.inputType === 'deleteContentForward') this.pushKey('Delete', false);
      else if (event.inputType.startsWith('insert')) {
        this.pushText(event.data ?? event.dataTransfer?.getData('text/plain') ?? '');
      }
    };
    const onPaste = (event: ClipboardEvent) => {
      event.preventDefault();
      this.pushText(event.clipboardData?.getData('text/plain') ?? '');
    };
    const onCompositionEnd = (event: CompositionEvent) => this.pushText(event.data);
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('beforeinput', onBeforeInput);
    element.addEventListener('paste', onPaste);
    element.addEventListener('compositionend', onCompositionEnd);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('beforeinput', onBeforeInput);
      element.removeEventListener('paste', onPaste);
      element.removeEventListener('compositionend', onCompositionEnd);
    };
  }

  /**
   * Notes whether the placeholder has the focus; called while rendering the editor that
   * replaces it, the last moment the placeholder is still in the document.
   */
  captureFocus(): void {
    if (!this.element) return;
    this.hadFocus = this.element.ownerDocument.activeElement === this.element;
    this.element = null;
  }

  private pushText(text: string): void {
    if (text) this.edits.push({ kind: 'text', text });
  }

  private pushKey(key: string, shiftKey: boolean): void {
    this.edits.push({
      kind: 'key',
      key: { key, code: key, shiftKey, ctrlKey: false, metaKey: false, altKey: false },
    });
  }
}

function isReplayedKey(event: KeyboardEvent): boolean {
  if (editorCommandForKey(event)) return true;
  if (editingKeys.has(event.key)) return true;
  const mod = event.ctrlKey || event.metaKey;
  return mod && event.key.length === 1 && !browserShortcuts.has(event.key.toLowerCase());
}

function pendingKey(event: KeyboardEvent): PendingKey {
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
  return { key, code, ctrlKey, metaKey, shiftKey, altKey };
}
