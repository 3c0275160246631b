import { describe, expect, it } from 'vitest';
import { isFindReplaceKey } from './findShortcut';

const key = (
  key: string,
  code: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...mods,
});

describe('the Find and replace shortcut', () => {
  it.each([
    ['Ctrl+H on Windows and Linux', key('h', 'KeyH', { ctrlKey: true }), false, true],
    ['⌥⌘F on a Mac (⌥F types ƒ)', key('ƒ', 'KeyF', { metaKey: true, altKey: true }), true, true],
    ['⌘F on a Mac stays the browser’s find', key('f', 'KeyF', { metaKey: true }), true, false],
    ['⌘H on a Mac hides the app, not ours', key('h', 'KeyH', { metaKey: true }), true, false],
    ['Ctrl+F stays the browser’s find', key('f', 'KeyF', { ctrlKey: true }), false, false],
    ['Ctrl+H on a Mac is not taken', key('h', 'KeyH', { ctrlKey: true }), true, false],
    [
      'Ctrl+Shift+H is something else',
      key('H', 'KeyH', { ctrlKey: true, shiftKey: true }),
      false,
      false,
    ],
  ])('%s', (_, event, mac, opens) => {
    expect(isFindReplaceKey(event, mac)).toBe(opens);
  });
});
