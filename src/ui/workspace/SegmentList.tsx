import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { lowerBound } from '../../domain/find/segmentFilter';
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
  /** The document positions a segment filter shows, ascending; null (or absent) shows all. */
  visible?: readonly number[] | null;
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
  const visible = props.visible ?? null;
  // With a filter on, the list's items are the filtered positions, each row keeping its number.
  const docIndex = useCallback(
    (item: number) => (visible ? (visible[item] ?? -1) : item),
    [visible],
  );

  const virtualizer = useVirtualizer({
    count: visible ? visible.length : store.ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (item) => store.ids[docIndex(item)] ?? item,
    overscan: 6,
    initialOffset: props.initialScrollTop,
  });

  const scrollToDocIndex = useCallback(
    (index: number, align: RevealAlign) => {
      if (visible) {
        const at = lowerBound(visible, index);
        index = visible[at] === index ? at : -1;
      }
      if (index < 0) return;
      const element = scrollRef.current;
      const from = element?.scrollTop;
      // 'start' leaves a little of the row before in view, so the context is not cut off.
      if (align === 'start') virtualizer.scrollToIndex(Math.max(0, index - 1), { align: 'start' });
      else virtualizer.scrollToIndex(index, { align: 'auto' });
      // The virtualizer learns the new position from the scroll event of the next frame, and would
      // render the rows it brings in there, in front of the memory's answer: told now, it renders
      // them with the move (queued before the move's own render, see useActiveSegment).
      if (element && element.scrollTop !== from) {
        queueMicrotask(() => element.dispatchEvent(new Event('scroll')));
      }
    },
    [virtualizer, visible],
  );
  // Under a filter, going to a segment can add it to the list (see useSegmentFilter's hold): it
  // is scrolled to once the list has rendered with it.
  const pendingReveal = useRef<{ index: number; align: RevealAlign } | null>(null);
  const reveal = useCallback(
    (index: number, align: RevealAlign) => {
      if (visible) pendingReveal.current = { index, align };
      else scrollToDocIndex(index, align);
    },
    [visible, scrollToDocIndex],
  );
  useLayoutEffect(() => {
    const pending = pendingReveal.current;
    pendingReveal.current = null;
    if (pending) scrollToDocIndex(pending.index, pending.align);
  });
  useImperativeHandle(
    props.ref,
    () => ({
      reveal,
      scrollTop: () => scrollRef.current?.scrollTop ?? 0,
      isRendered: (index) =>
        virtualizer.getVirtualItems().some((item) => docIndex(item.index) === index),
    }),
    [reveal, virtualizer, docIndex],
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
          const index = docIndex(item.index);
          const segmentId = store.ids[index] ?? '';
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
                index={index}
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
