import { describe, expect, it } from 'vitest';
import { emptyRichText } from '../domain/model/richText';
import { PendingInput } from './pendingInput';
import { applyPendingInputToDoc } from './replayPendingInput';

type Typed =
  | string
  | { key: string; shift?: boolean; ctrl?: boolean }
  | { paste: string }
  | { composed: string };

/** Types into a placeholder field as a browser would, then applies what it buffered. */
function typeWhileLoading(sequence: Typed[]) {
  const field = document.createElement('div');
  field.contentEditable = 'true';
  document.body.append(field);
  const pending = new PendingInput();
  const stop = pending.listen(field);
  const unhandled: string[] = [];
  for (const step of sequence) {
    if (typeof step === 'string') {
      for (const character of step) {
        field.dispatchEvent(new KeyboardEvent('keydown', { key: character, cancelable: true }));
        field.dispatchEvent(
          new InputEvent('beforeinput', {
            inputType: 'insertText',
            data: character,
            cancelable: true,
          }),
        );
      }
    } else if ('key' in step) {
      const keydown = new KeyboardEvent('keydown', {
        key: step.key,
        shiftKey: step.shift ?? false,
        ctrlKey: step.ctrl ?? false,
        cancelable: true,
      });
      field.dispatchEvent(keydown);
      if (!keydown.defaultPrevented) unhandled.push(step.key);
    } else if ('paste' in step) {
      const data = new DataTransfer();
      data.setData('text/plain', step.paste);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, cancelable: true }));
    } else {
      // happy-dom's CompositionEvent is a bare Event: give it the composed text as browsers do.
      const compositionEnd = new Event('compositionend');
      Object.defineProperty(compositionEnd, 'data', { value: step.composed });
      field.dispatchEvent(compositionEnd);
    }
  }
  stop();
  field.remove();
  const { doc, text } = applyPendingInputToDoc(emptyRichText(), pending.take());
  return { doc, text, unhandled, field };
}

describe('input typed before the editor has arrived', () => {
  it.each<[string, Typed[], string]>([
    ['plain text', ['Industrial internet'], 'Industrial internet'],
    ['a typo corrected with Backspace', ['Ma Huatenx', { key: 'Backspace' }, 'g'], 'Ma Huateng'],
    ['Backspace over an emoji (two UTF-16 units)', ['OK 👍', { key: 'Backspace' }, '!'], 'OK !'],
    ['Delete at the end, which deletes nothing', ['end', { key: 'Delete' }], 'end'],
    ['Enter, a new paragraph', ['first', { key: 'Enter' }, 'second'], 'first\nsecond'],
    ['Shift+Enter, a line break', ['line', { key: 'Enter', shift: true }, 'break'], 'line\nbreak'],
    ['a paste', ['Seen in ', { paste: 'the 2020 sessions' }], 'Seen in the 2020 sessions'],
    ['text composed by an input method', [{ composed: '互联网' }, ' plus'], '互联网 plus'],
  ])('keeps %s', (_case, sequence, expected) => {
    expect(typeWhileLoading(sequence).text).toBe(expected);
  });

  it('keeps paragraphs and line breaks apart', () => {
    const { doc } = typeWhileLoading([
      'a',
      { key: 'Enter' },
      'b',
      { key: 'Enter', shift: true },
      'c',
    ]);
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'b' }, { type: 'hardBreak' }, { type: 'text', text: 'c' }],
      },
    ]);
  });

  it('applies Ctrl+B to what follows, as the editor does', () => {
    const { doc } = typeWhileLoading(['plain ', { key: 'b', ctrl: true }, 'bold']);
    expect(doc.content[0]?.content).toEqual([
      { type: 'text', text: 'plain ' },
      { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
    ]);
  });

  it('leaves caret moves and copying to the browser, and writes nothing into the field', () => {
    const { unhandled, field } = typeWhileLoading([
      'x',
      { key: 'ArrowLeft' },
      { key: 'c', ctrl: true },
    ]);
    expect(unhandled).toEqual(['ArrowLeft', 'c']);
    expect(field.textContent).toBe('');
  });
});
