import { useEffect, useRef } from 'react';
import type { SegmentStore } from '../../storage/segmentStore';
import { useShellNotice } from '../common/ShellNotice';
import { downloadFile } from '../common/downloadFile';

/**
 * Tells the translator, once per project opening, about each unsaved edit the write-ahead log
 * held that could not be restored (malformed, or for a segment that no longer exists): it was
 * not applied and is kept apart, and can be downloaded as JSON to recover the text by hand.
 */
export function useSetAsideEdits(store: SegmentStore): void {
  const announce = useShellNotice();
  // Once per opened store: a render of the same store must not announce the same edits again.
  const announcedFor = useRef<SegmentStore | null>(null);
  useEffect(() => {
    if (announcedFor.current === store) return;
    announcedFor.current = store;
    for (const edit of store.getSetAsideEdits()) {
      const index = edit.segmentId === null ? -1 : store.indexOf(edit.segmentId);
      announce({
        text: (t) =>
          index >= 0
            ? t('recovery.setAside', { number: index + 1 })
            : t('recovery.setAsideUnknown'),
        tone: 'error',
        action: {
          label: (t) => t('recovery.download'),
          run: () =>
            downloadFile(
              `unsaved-edit-${index >= 0 ? index + 1 : edit.id}.json`,
              `${JSON.stringify(edit, null, 1)}\n`,
              'application/json',
            ),
        },
        onDismiss: () => store.dismissSetAside(edit.id),
      });
    }
  }, [announce, store]);
}
