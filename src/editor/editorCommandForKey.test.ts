import { describe, expect, it } from 'vitest';
import { editorCommandForKey, type KeyLike } from './editorCommandForKey';

const key = (overrides: Partial<KeyLike>): KeyLike => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  keyCode: 0,
  ...overrides,
});

describe('editorCommandForKey', () => {
  it.each([
    [{ key: 'Enter', ctrlKey: true }, 'confirm'],
    [{ key: 'Enter', metaKey: true }, 'confirm'],
    [{ key: 'ArrowDown', ctrlKey: true }, 'next'],
    [{ key: 'ArrowUp', ctrlKey: true }, 'previous'],
    [{ key: 'Insert', ctrlKey: true }, 'copySource'],
    [{ key: 'I', ctrlKey: true, shiftKey: true }, 'copySource'],
    [{ key: 'Escape' }, 'leave'],
    [{ key: 'F1' }, 'help'],
    [{ key: 'F9' }, 'insertCode'],
    [{ key: 'F9', ctrlKey: true }, undefined],
    [{ key: 'f', code: 'KeyF', ctrlKey: true, altKey: true }, 'addFootnote'],
    // Alt changes the character on macOS (ƒ): the physical key is read.
    [{ key: 'ƒ', code: 'KeyF', ctrlKey: true, altKey: true }, 'addFootnote'],
    // ⌥⌘F is Find and replace on a Mac: the editor leaves it alone.
    [{ key: 'ƒ', code: 'KeyF', metaKey: true, altKey: true }, undefined],
    [{ key: 'F', code: 'KeyF', ctrlKey: true, altKey: true, shiftKey: true }, undefined],
    [{ key: 'f', code: 'KeyF', altKey: true }, undefined],
    [{ key: 'Enter' }, undefined],
    [{ key: 'i', ctrlKey: true }, undefined],
    [{ key: '?' }, undefined],
    [{ key: '1', code: 'Digit1', altKey: true }, 'insertTerm:1'],
    [{ key: '¡', code: 'Digit9', altKey: true }, 'insertTerm:9'],
    [{ key: '0', code: 'Digit0', altKey: true }, undefined],
    [{ key: '1', code: 'Digit1', ctrlKey: true }, 'insertMatch:1'],
    [{ key: '3', code: 'Digit3', metaKey: true }, 'insertMatch:3'],
    [{ key: '4', code: 'Digit4', ctrlKey: true }, undefined],
  ] as const)('%o → %s', (event, expected) => {
    expect(editorCommandForKey(key(event))).toBe(expected);
  });

  it('never acts while an input method is composing', () => {
    expect(editorCommandForKey(key({ key: 'Enter', ctrlKey: true, isComposing: true }))).toBe(
      undefined,
    );
    expect(editorCommandForKey(key({ key: 'Enter', ctrlKey: true, keyCode: 229 }))).toBe(undefined);
    expect(editorCommandForKey(key({ key: 'Escape', isComposing: true }))).toBe(undefined);
  });
});
