import type { DictionaryQuery } from '../../domain/dictionary/dictionaryQuery';
import { selectedSourceText } from '../glossary/selectedSourceText';

/**
 * What the selection in a source cell asks the dictionary: the selected text, or, for a caret
 * (a click in the text), the cell's text and the caret's offset in it. Readings shown as ruby
 * (`rt`, `rp`) are not part of the text. Null when the selection is not in a source cell.
 */
export function sourceQuery(selection: Selection | null): DictionaryQuery | null {
  if (!selection || selection.rangeCount === 0) return null;
  if (!selection.isCollapsed) {
    const text = selectedSourceText(selection);
    return text === null ? null : { text };
  }
  const node = selection.anchorNode;
  const element = node instanceof Element ? node : node?.parentElement;
  const cell = element?.closest('.segment__source');
  if (!cell || !node) return null;
  let text = '';
  let caret = -1;
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.parentElement?.closest('rt, rp')) continue;
    if (current === node) caret = text.length + selection.anchorOffset;
    text += current.textContent ?? '';
  }
  if (caret < 0) return null;
  return { text, caret };
}
