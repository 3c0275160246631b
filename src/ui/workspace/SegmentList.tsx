import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptConverter } from '../../domain/script/convertScript';
import type { SegmentStore } from '../../storage/segmentStore';
import { SegmentRow, type SegmentRowActions } from './SegmentRow';
import type { ActiveSegment, RevealAlign } from './useActiveSegment';

export interface SegmentListHandle {
  reveal: (index: number, align: RevealAlign) => void;
  scrollTop: () => number;
  /** Whether the row at `index` is rendered (in or near the viewport). */
  isRendered: (index: number) => boolean;
}

interface SegmentListProps {
  ref: Ref<SegmentListHandle>;
  store: SegmentStore;
  active: ActiveSegment;
  actions: SegmentRowActions;
  convert: ScriptConverter;
  showReadings: boolean;
  sourceLang: string;
  notesColumn: boolean;
  initialScrollTop: number;
  onScroll: () => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
}

const estimatedRowHeight = 96;

/**
 * The virtualised rows (each measured as it resizes, so a notes column, the text size or the
 * side panel's width re-lays them out). Scrolling and row measurement re-render this list only: the side panel,
 * the bars and every summary live outside it, so their cost never lands on a scroll frame.
 */
export const SegmentList = memo(function SegmentList(props: SegmentListProps) {
  const { store, active, actions, convert, showReadings, sourceLang, notesColumn } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLElement>(null);

  const virtualizer = useVirtualizer({
    count: store.ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => store.ids[index] ?? index,
    overscan: 6,
    initialOffset: props.initialScrollTop,
  });

  const reveal = useCallback(
    (index: number, align: RevealAlign) => {
      if (index < 0) return;
      // 'start' leaves a little of the row before in view, so the context is not cut off.
      if (align === 'start') virtualizer.scrollToIndex(Math.max(0, index - 1), { align: 'start' });
      else virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );
  useImperativeHandle(
    props.ref,
    () => ({
      reveal,
      scrollTop: () => scrollRef.current?.scrollTop ?? 0,
      isRendered: (index) => virtualizer.getVirtualItems().some((item) => item.index === index),
    }),
    [reveal, virtualizer],
  );

  // After Esc the caret leaves the editor, but keyboard focus stays on the segment's row.
  useLayoutEffect(() => {
    if (active.editing || !active.segmentId) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-segment-id="${CSS.escape(active.segmentId)}"]`,
    );
    row?.focus({ preventScroll: true });
  }, [active.editing, active.segmentId]);

  return (
    <section
      ref={scrollRef}
      className={notesColumn ? 'segment-list segment-list--notes-column' : 'segment-list'}
      aria-label={t('segment.list')}
      onKeyDown={props.onKeyDown}
      onScroll={props.onScroll}
    >
      <div className="segment-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const segmentId = store.ids[item.index] ?? '';
          const isCurrent = active.segmentId === segmentId;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="segment-list__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <SegmentRow
                store={store}
                segmentId={segmentId}
                index={item.index}
                isCurrent={isCurrent}
                liveField={isCurrent && active.editing ? active.field : null}
                caretTarget={isCurrent ? active.caret : null}
                focusToken={isCurrent ? active.focusToken : 0}
                convert={convert}
                showReadings={showReadings}
                sourceLang={sourceLang}
                notesColumn={notesColumn}
                actions={actions}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
});
