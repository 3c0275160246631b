import { spanInSource, type CommentSpan } from '../../domain/comments/sourceComment';

export interface SourceSelection {
  segmentId: string;
  span: CommentSpan;
  /** Where the selection is on screen, to show the button beside it. */
  rect: { top: number; left: number; bottom: number };
}

/** Text of a cell as shown, readings (ruby `rt`, `rp`) left out. */
function isReading(node: Node): boolean {
  return Boolean(node.parentElement?.closest('rt, rp'));
}

/** How many characters of the shown text come before a point of the cell. */
function offsetOf(cell: Element, container: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(cell, 0);
  before.setEnd(container, offset);
  let count = 0;
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isReading(node) || !before.intersectsNode(node)) continue;
    count += node === container ? offset : (node.textContent ?? '').length;
  }
  return count;
}

function shownText(cell: Element): string {
  let text = '';
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!isReading(node)) text += node.textContent ?? '';
  return text;
}

/**
 * The selection in one source cell as a span of the stored source, or null when it is empty or
 * not in a source cell. A selection running past the cell's end (a triple click) stops there.
 */
export function sourceSelection(
  selection: Selection | null,
  sourceOf: (segmentId: string) => string | undefined,
): SourceSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  const cell = element?.closest('.segment__source');
  const segmentId = cell?.closest('[data-segment-id]')?.getAttribute('data-segment-id');
  if (!cell || !segmentId) return null;
  const source = sourceOf(segmentId);
  if (source === undefined) return null;
  const text = shownText(cell);
  const from = offsetOf(cell, range.startContainer, range.startOffset);
  const to = cell.contains(range.endContainer)
    ? offsetOf(cell, range.endContainer, range.endOffset)
    : text.length;
  const span = spanInSource(source, text, from, to);
  if (!span) return null;
  const box = range.getBoundingClientRect();
  return { segmentId, span, rect: { top: box.top, left: box.left, bottom: box.bottom } };
}
