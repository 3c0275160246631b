import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FootnoteOptions } from '../../editor/FootnotePanel';
import type { SegmentStore } from '../../storage/segmentStore';
import { useFootnoteStart } from './useFootnoteStart';

/** What a translation cell needs for translator's notes: its first number and the labels. */
export function useFootnoteOptions(
  store: SegmentStore,
  segmentId: string,
  segmentNumber: number,
): FootnoteOptions {
  const { t } = useTranslation();
  const start = useFootnoteStart(store, segmentId);
  return useMemo(
    () => ({
      start,
      addLabel: t('footnotes.add'),
      panelLabel: t('footnotes.panel', { number: segmentNumber }),
      noteLabel: (number: number) => t('footnotes.note', { number }),
      notePlaceholder: t('footnotes.notePlaceholder'),
    }),
    [t, start, segmentNumber],
  );
}
