import { isMacPlatform } from '../find/findShortcut';

/**
 * Shortcuts whose keys differ on a Mac: the editor's Bold, Italic, Undo and Redo are ⌘ there
 * (Control+B moves the caret back a character), a Mac has no Insert key, and ⌘H hides the
 * application, so Find and replace is ⌥⌘F. Every other shortcut also takes the Control key on a
 * Mac, so its keys read the same.
 */
const macVariants = {
  findReplace: 'shortcuts.keys.findReplaceMac',
  copySource: 'shortcuts.keysMac.copySource',
  bold: 'shortcuts.keysMac.bold',
  italic: 'shortcuts.keysMac.italic',
  undo: 'shortcuts.keysMac.undo',
  redo: 'shortcuts.keysMac.redo',
} as const;

type ShortcutWithKeys =
  | 'confirm'
  | 'next'
  | 'previous'
  | 'copySource'
  | 'leave'
  | 'help'
  | 'bold'
  | 'italic'
  | 'undo'
  | 'redo'
  | 'addTerm'
  | 'insertTerm'
  | 'findReplace'
  | 'concordance'
  | 'insertMatch'
  | 'nextIssue'
  | 'comment'
  | 'segmentType'
  | 'addFootnote';

/** The locale key of a shortcut's keys on this platform (pass `mac` to ask for one). */
export function shortcutKeysKey(name: ShortcutWithKeys, mac = isMacPlatform()) {
  if (mac && name in macVariants) return macVariants[name as keyof typeof macVariants];
  return `shortcuts.keys.${name}` as const;
}
