import type { KeyLike } from './editorCommandForKey';

/**
 * Ctrl+Alt+0…5 (⌘+Option on a Mac) set the segment's type, as Word's Ctrl+Alt+1…3 set its
 * heading styles: the digit, read from the physical key, is the type's place in
 * `segmentTypeShortcutOrder` (src/ui/structure).
 */
export function segmentTypeCommandForKey(event: KeyLike): `segmentType:${number}` | undefined {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return undefined;
  const digit = /^Digit([0-5])$/.exec(event.code)?.[1];
  return digit === undefined ? undefined : `segmentType:${Number(digit)}`;
}
