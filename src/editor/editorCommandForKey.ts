import { segmentTypeCommandForKey } from './segmentTypeKeys';

export type EditorCommand =
  | 'confirm'
  | 'next'
  | 'previous'
  | 'copySource'
  | 'leave'
  | 'help'
  /** F9: insert the source's next inline code not yet in the translation. */
  | 'insertCode'
  /** Ctrl+Alt+F: a translator's note at the caret (handled by the translation editor). */
  | 'addFootnote'
  /** Alt+1…9: insert the n-th glossary term of the segment (1-based). */
  | `insertTerm:${number}`
  /** Ctrl+1…3: insert the English of the n-th translation-memory match (1-based). */
  | `insertMatch:${number}`
  /** Ctrl+Alt+0…5: set the segment type (see segmentTypeKeys.ts). */
  | `segmentType:${number}`;

export interface KeyLike {
  key: string;
  /** The physical key: Alt+digit is read from it, as Alt changes `key` on some layouts. */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

/**
 * The CAT-tool shortcuts available while a segment editor has the caret. Returns nothing while
 * an input method is composing (Enter then commits the Chinese text and must do nothing else);
 * keyCode 229 covers browsers that report composition only that way.
 */
export function editorCommandForKey(event: KeyLike): EditorCommand | undefined {
  if (event.isComposing || event.keyCode === 229) return undefined;
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === 'F1') return 'help';
  if (event.key === 'F9' && !mod && !event.altKey && !event.shiftKey) return 'insertCode';
  if (event.key === 'Escape') return 'leave';
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
  if (event.altKey && !mod && digit) return `insertTerm:${Number(digit)}`;
  if (segmentTypeCommandForKey(event)) return segmentTypeCommandForKey(event);
  // Control, not ⌘: on a Mac ⌥⌘F is Find and replace (findShortcut.ts), ⌃⌥F the footnote.
  if (event.ctrlKey && !event.metaKey && event.altKey && !event.shiftKey && event.code === 'KeyF')
    return 'addFootnote';
  if (!mod || event.altKey) return undefined;
  const matchDigit = /^Digit([1-3])$/.exec(event.code)?.[1];
  if (matchDigit && !event.shiftKey) return `insertMatch:${Number(matchDigit)}`;
  if (event.key === 'Enter') return 'confirm';
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  if (event.key === 'Insert') return 'copySource';
  if (event.shiftKey && event.key.toLowerCase() === 'i') return 'copySource';
  return undefined;
}
