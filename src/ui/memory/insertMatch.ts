import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import type { SegmentEditorHandle } from '../../editor/SegmentEditor';
import type { WorkspaceDb } from '../../storage/db';
import type { SegmentStore } from '../../storage/segmentStore';

/**
 * Puts a match's English in a segment as memoQ does: it replaces an empty translation and is
 * inserted at the caret otherwise. Without a live editor it fills an empty translation only.
 */
export function insertMatchText(
  store: SegmentStore,
  segmentId: string,
  handle: SegmentEditorHandle | null,
  text: string,
): void {
  const empty = (store.get(segmentId)?.translationText ?? '').trim() === '';
  if (handle) {
    if (empty) handle.replaceContent(plainTextToRichText(text));
    else handle.insertText(text);
    return;
  }
  if (empty)
    store.replace(segmentId, { translation: plainTextToRichText(text), translationText: text });
}

/** Ctrl+1…3: the n-th match of the segment (the panel's order), or false when there is none. */
export async function insertNthMatch(
  db: WorkspaceDb,
  store: SegmentStore,
  segmentId: string,
  position: number,
  handle: SegmentEditorHandle,
): Promise<boolean> {
  const [{ memorySearchFor }, { memoryQueryFor }] = await Promise.all([
    import('../../storage/memory/memorySearch'),
    import('./memoryFill'),
  ]);
  const query = memoryQueryFor(store, segmentId);
  if (!query) return false;
  const match = (await memorySearchFor(db).lookup(query))[position - 1];
  if (!match) return false;
  insertMatchText(store, segmentId, handle, match.unit.target);
  return true;
}
