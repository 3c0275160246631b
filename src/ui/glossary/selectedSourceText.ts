/**
 * The text selected in one source cell, or null when the selection is elsewhere or empty.
 * Readings shown as ruby are part of the selected text; they are removed again here.
 */
export function selectedSourceText(selection: Selection | null): string | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const anchor = selection.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  if (!element?.closest('.segment__source')) return null;
  const text = selection
    .toString()
    .replace(/(\p{Script=Han})\(?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)?/gu, '$1')
    .trim();
  return text === '' ? null : text;
}
