import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import {
  defaultUntranslatedPolicy,
  isUntranslatedPolicy,
  type UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import type { Project } from '../../domain/model/project';
import { getExportPolicy, setExportPolicy } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import { useFailureNotice } from '../common/useFailureNotice';
import { PublicationPreview } from './PublicationPreview';
import './preview.css';

/** As in the export dialog: visible choices first, leaving text out last. */
const choices: readonly UntranslatedPolicy[] = ['source', 'placeholder', 'omit'];

interface Props {
  project: Project;
  store: SegmentStore;
  activeSegmentId: string | null;
}

/**
 * The publication as the HTML export will write it, following the translator's typing and the
 * active segment. What untranslated and draft segments become is the export's own choice for
 * the project: changing it here changes it there. "Print" prints the publication alone.
 */
export function PreviewPanel({ project, store, activeSegmentId }: Props) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const failed = useFailureNotice();
  const [policy, setPolicy] = useState<UntranslatedPolicy | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    let current = true;
    void getExportPolicy(db, project.id).then(
      (stored) => current && setPolicy(stored),
      () => current && setPolicy(defaultUntranslatedPolicy),
    );
    return () => {
      current = false;
    };
  }, [db, project.id]);

  const choose = (next: UntranslatedPolicy) => {
    setPolicy(next);
    failed(t('preview.keepChoice'), () => setExportPolicy(db, project.id, next));
  };

  useEffect(() => {
    if (!printing) return;
    window.print();
    setPrinting(false);
  }, [printing]);

  return (
    <section aria-label={t('preview.region')} className="preview">
      <div className="preview__toolbar">
        <label>
          {t('preview.untranslated')}{' '}
          <select
            value={policy ?? ''}
            disabled={policy === null}
            onChange={(event) => {
              if (isUntranslatedPolicy(event.target.value)) choose(event.target.value);
            }}
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`export.policies.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setPrinting(true)}>
          {t('preview.print')}
        </button>
      </div>
      {policy === null ? null : (
        <PreviewPage
          store={store}
          project={project}
          policy={policy}
          activeSegmentId={activeSegmentId}
          printing={printing}
        />
      )}
    </section>
  );
}

function PreviewPage({
  store,
  project,
  policy,
  activeSegmentId,
  printing,
}: {
  store: SegmentStore;
  project: Project;
  policy: UntranslatedPolicy;
  activeSegmentId: string | null;
  printing: boolean;
}) {
  const { t } = useTranslation();
  const placeholder = t('export.placeholder');
  const preview = useMemo(
    () => new PublicationPreview(store, project, policy, placeholder),
    [store, project, policy, placeholder],
  );
  useEffect(() => preview.start(), [preview]);
  useEffect(() => preview.setEditing(activeSegmentId), [preview, activeSegmentId]);
  const order = useSyncExternalStore(preview.subscribeOrder, preview.getOrder);
  const page = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => page.current,
    estimateSize: () => estimatedBlockHeight,
    getItemKey: (index) => order[index] ?? index,
    overscan: 4,
  });
  const shown = preview.shownFor(activeSegmentId);
  const shownIndex = shown === null ? -1 : preview.indexOf(shown);

  // The active segment's block comes into view when the translator moves (not while they
  // scroll the preview themselves).
  useEffect(() => {
    const container = page.current;
    if (shownIndex < 0 || !container) return;
    const element = container.querySelector(`[data-index="${shownIndex}"]`);
    const view = container.getBoundingClientRect();
    const box = element?.getBoundingClientRect();
    const visible = box !== undefined && box.top >= view.top && box.top < view.bottom;
    if (!visible) virtualizer.scrollToIndex(shownIndex, { align: 'center' });
  }, [shownIndex, virtualizer]);

  if (order.length === 0) {
    return (
      <div className="preview__page" ref={page}>
        <p className="preview__empty">{t('preview.empty')}</p>
      </div>
    );
  }
  return (
    // Focusable, so that the publication can be scrolled from the keyboard.
    <div className="preview__page" ref={page} tabIndex={0}>
      <article className="publication" lang="en">
        <div className="publication__blocks" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const id = order[item.index] ?? '';
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="publication__slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <Block preview={preview} segmentId={id} active={id === shown} withComments />
              </div>
            );
          })}
        </div>
      </article>
      {printing && preview.parseAll() ? (
        <PrintCopy>
          {order.map((id) => (
            <Block key={id} preview={preview} segmentId={id} active={false} withComments={false} />
          ))}
        </PrintCopy>
      ) : null}
    </div>
  );
}

/** Rough height of a paragraph in the panel, until it is measured. */
const estimatedBlockHeight = 96;

const Block = memo(function Block({
  preview,
  segmentId,
  active,
  withComments,
}: {
  preview: PublicationPreview;
  segmentId: string;
  active: boolean;
  /** On screen, not in print: the open comments on the segment's source. */
  withComments: boolean;
}) {
  const { t } = useTranslation();
  const subscribe = useCallback(
    (listener: () => void) => preview.subscribeBlock(segmentId, listener),
    [preview, segmentId],
  );
  const node = useSyncExternalStore(subscribe, () => preview.nodeOf(segmentId));
  const draft = useSyncExternalStore(subscribe, () => preview.editingDraft() === segmentId);
  const comments = useSyncExternalStore(subscribe, () => preview.commentsOf(segmentId));
  const open = withComments ? (comments ?? []).filter(({ status }) => status === 'open') : [];
  return (
    <div
      className={active ? 'publication__block publication__block--active' : 'publication__block'}
    >
      {/* Said of the segment being edited while it is an unconfirmed draft. */}
      {draft ? <p className="publication__draft">{t('preview.editingDraft')}</p> : null}
      {node}
      {/* The open queries on this segment's source: beside the publication, never part of it. */}
      {open.length > 0 ? (
        <aside className="publication__comments" aria-label={t('preview.openComments')}>
          {open.map((comment) => (
            <p key={comment.id}>
              <mark lang="zh">{comment.quote}</mark> {comment.text}
            </p>
          ))}
        </aside>
      ) : null}
    </div>
  );
});

/** While printing, the publication alone, outside the workspace's scrolling layout. */
function PrintCopy({ children }: { children: ReactNode }) {
  return createPortal(
    <div className="preview-print">
      <article className="publication" lang="en">
        {children}
      </article>
    </div>,
    document.body,
  );
}
