export type EditorCommand = 'confirm' | 'next' | 'previous' | 'copySource' | 'leave' | 'help';

export interface KeyLike {
  key: string;
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
  if (event.key === 'Escape') return 'leave';
  if (!mod || event.altKey) return undefined;
  if (event.key === 'Enter') return 'confirm';
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  if (event.key === 'Insert') return 'copySource';
  if (event.shiftKey && event.key.toLowerCase() === 'i') return 'copySource';
  return undefined;
}
