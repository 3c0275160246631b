import { describe, expect, it } from 'vitest';
import { editorCommandForKey, type KeyLike } from './editorCommandForKey';

const key = (code: string, modifiers: Partial<KeyLike>): KeyLike => ({
  key: code.replace('Digit', ''),
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  keyCode: 0,
  ...modifiers,
});

describe('segment type shortcuts', () => {
  it.each([
    ['Ctrl+Alt+0', key('Digit0', { ctrlKey: true, altKey: true }), 'segmentType:0'],
    ['Ctrl+Alt+3', key('Digit3', { ctrlKey: true, altKey: true }), 'segmentType:3'],
    ['⌘+Option+5', key('Digit5', { metaKey: true, altKey: true }), 'segmentType:5'],
    ['Ctrl+Alt+6 (no type)', key('Digit6', { ctrlKey: true, altKey: true }), undefined],
    ['Ctrl+Alt+Shift+1', key('Digit1', { ctrlKey: true, altKey: true, shiftKey: true }), undefined],
    // The neighbours keep their meaning.
    ['Alt+1 (a glossary term)', key('Digit1', { altKey: true }), 'insertTerm:1'],
    ['Ctrl+1 (a memory match)', key('Digit1', { ctrlKey: true }), 'insertMatch:1'],
    [
      'Ctrl+Alt+1 while composing',
      key('Digit1', { ctrlKey: true, altKey: true, isComposing: true }),
      undefined,
    ],
  ])('%s', (_, event, command) => {
    expect(editorCommandForKey(event)).toBe(command);
  });
});
