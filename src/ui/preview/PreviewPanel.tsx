import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import {
  isUntranslatedPolicy,
  type UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import type { Project } from '../../domain/model/project';
import { getExportPolicy, setExportPolicy } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import { useFailureNotice } from '../common/useFailureNotice';
import { usePublicationBlocks, type PreviewBlock } from './usePublicationBlocks';
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
      () => current && setPolicy('placeholder'),
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
  const { blocks, editingDraft } = usePublicationBlocks(
    store,
    project,
    policy,
    t('export.placeholder'),
    activeSegmentId,
  );
  const page = useRef<HTMLDivElement>(null);
  const positions = useMemo(
    () => new Map(blocks.map((block, index) => [block.segmentId, index])),
    [blocks],
  );
  // A segment the publication leaves out is shown by the next one it keeps.
  const shownFor = (segmentId: string | null): string | null => {
    if (segmentId === null) return null;
    for (let index = store.indexOf(segmentId); index >= 0 && index < store.ids.length; index++) {
      const id = store.ids[index];
      if (id !== undefined && positions.has(id)) return id;
    }
    return null;
  };
  const shown = shownFor(activeSegmentId);
  const hasBlocks = blocks.length > 0;

  useLayoutEffect(() => {
    const container = page.current;
    const element = shown === null ? null : container?.querySelector(`[data-active]`);
    if (!container || !(element instanceof HTMLElement)) return;
    const top = element.offsetTop - container.offsetTop;
    const visible =
      top >= container.scrollTop && top < container.scrollTop + container.clientHeight;
    if (!visible) container.scrollTop = Math.max(0, top - container.clientHeight / 3);
  }, [shown, hasBlocks]);

  if (!hasBlocks) {
    return (
      <div className="preview__page" ref={page}>
        <p className="preview__empty">{t('preview.empty')}</p>
      </div>
    );
  }
  const body = blocks.map((block) => (
    <Block
      key={block.segmentId}
      block={block}
      active={block.segmentId === shown}
      draftLabel={block.segmentId === editingDraft ? t('preview.editingDraft') : null}
    />
  ));
  return (
    <div className="preview__page" ref={page}>
      <article className="publication" lang="en">
        {body}
      </article>
      {printing ? <PrintCopy>{body}</PrintCopy> : null}
    </div>
  );
}

const Block = memo(function Block({
  block,
  active,
  draftLabel,
}: {
  block: PreviewBlock;
  active: boolean;
  /** Said of the segment being edited while it is an unconfirmed draft. */
  draftLabel: string | null;
}) {
  return (
    <div
      className={active ? 'publication__block publication__block--active' : 'publication__block'}
      data-active={active ? '' : undefined}
    >
      {draftLabel === null ? null : <p className="publication__draft">{draftLabel}</p>}
      {block.node}
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
