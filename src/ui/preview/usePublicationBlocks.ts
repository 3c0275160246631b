import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { UntranslatedPolicy } from '../../domain/formats/publication/publishableSegments';
import { writeHtmlBody } from '../../domain/formats/publication/writeHtml';
import type { Project } from '../../domain/model/project';
import type { Segment } from '../../domain/model/segment';
import type { SegmentStore } from '../../storage/segmentStore';
import { htmlBlocksToReact } from './htmlToReact';

export interface PreviewBlock {
  segmentId: string;
  html: string;
  /** The same object while the block's HTML does not change, so its element is not redrawn. */
  node: ReactNode;
}

/** How long typing may pause before the preview follows; it follows at least this often. */
export const previewDelayMs = 250;
export const previewMaxWaitMs = 1000;

/** A measure per refresh (`performance.getEntriesByName`), for the typing bench. */
export const previewRefreshMeasure = 'preview:refresh';

/**
 * The publication as the HTML export writes it (the same serializer, `writeHtmlBody`), block by
 * block, from the segments as they are in memory: the live editor's text, saved or not. Edits
 * are followed after a pause in typing (at most a second late), never on the keystroke itself;
 * a refresh re-serialises the text (cheap) but parses and redraws only the blocks that changed.
 *
 * One exception to "as exported": typing makes a segment a draft, which the export treats as a
 * gap, so the segment being edited shows its English while it has some (`editingDraft` names
 * it, for the view to say it is not yet confirmed).
 */
export function usePublicationBlocks(
  store: SegmentStore,
  project: Project,
  policy: UntranslatedPolicy,
  placeholder: string,
  editingId: string | null,
): { blocks: PreviewBlock[]; editingDraft: string | null } {
  const cache = useRef(new Map<string, PreviewBlock>());
  const [blocks, setBlocks] = useState<PreviewBlock[]>([]);
  const [editingDraft, setEditingDraft] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => {
      performance.mark(`${previewRefreshMeasure}:start`);
      const editing = editingId === null ? undefined : store.get(editingId);
      const showsDraft = editing !== undefined && isUnconfirmedEnglish(editing);
      const segments = store.currentSegments();
      if (showsDraft) {
        segments[store.indexOf(editing.id)] = { ...editing, status: 'translated' };
      }
      const { blocks: fresh } = writeHtmlBody(
        { project, segments, glossary: [] },
        policy,
        placeholder,
      );
      const known = cache.current;
      const changed = fresh.filter((block) => known.get(block.segmentId)?.html !== block.html);
      const nodes = htmlBlocksToReact(changed.map((block) => block.html));
      changed.forEach((block, at) => known.set(block.segmentId, { ...block, node: nodes[at] }));
      const next = fresh.flatMap((block) => known.get(block.segmentId) ?? []);
      if (known.size > next.length * 2) {
        cache.current = new Map(next.map((block) => [block.segmentId, block]));
      }
      setBlocks(next);
      setEditingDraft(showsDraft ? editing.id : null);
      performance.measure(previewRefreshMeasure, `${previewRefreshMeasure}:start`);
    };
    refresh();

    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstChangeAt: number | null = null;
    const stop = store.subscribeChanges(() => {
      const now = performance.now();
      firstChangeAt ??= now;
      clearTimeout(timer);
      const wait = Math.min(previewDelayMs, Math.max(0, firstChangeAt + previewMaxWaitMs - now));
      timer = setTimeout(() => {
        firstChangeAt = null;
        refresh();
      }, wait);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store, project, policy, placeholder, editingId]);

  return { blocks, editingDraft };
}

function isUnconfirmedEnglish(segment: Segment): boolean {
  return (
    (segment.status === 'draft' || segment.status === 'untranslated') &&
    segment.translationText.trim() !== ''
  );
}
