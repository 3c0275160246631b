import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { exportFormats, type ExportFormat } from '../../domain/formats/exportFormats';
import {
  defaultUntranslatedPolicy,
  publicationGapSegments,
  publicationGaps,
  type PublicationGaps,
  type UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import type { Project } from '../../domain/model/project';
import type { ProjectDocument } from '../../domain/project/projectDocument';
import { listMemoryUnits } from '../../storage/repositories/memory';
import { loadProjectDocument } from '../../storage/repositories/projectDocuments';
import { getExportPolicy, setExportPolicy } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import { downloadFile, fileNameFor } from '../common/downloadFile';
import { qaSessionOf } from '../quality/QaSession';
import { ExportGapsDialog } from './ExportGapsDialog';
import { readinessIsEmpty, readinessListLength, type Readiness } from './ReadinessSummary';
import { openQueries } from '../../domain/formats/querySheet/querySheet';
import { useExportContext } from './useExportContext';

/**
 * The formats that publish the translation alone, so could drop untranslated text. The bilingual
 * table always shows every source next to its translation (or nothing) and its status.
 */
const publishesGaps: ReadonlySet<ExportFormat> = new Set(['html', 'md', 'docx']);

interface PendingExport {
  format: ExportFormat;
  document: ProjectDocument;
  gaps: PublicationGaps;
  policy: UntranslatedPolicy;
  readiness: Readiness;
}

/** What may still need the translator: the stored gaps, the checks' issues as they are now. */
function readinessOf(document: ProjectDocument, store: SegmentStore): Readiness {
  const found = publicationGapSegments(document.segments);
  const { engine } = qaSessionOf(store);
  let errors = 0;
  let warnings = 0;
  for (const [key, count] of engine.countsBy().byCheck) {
    if (key.endsWith(':error')) errors += count;
    else warnings += count;
  }
  return {
    untranslated: found.untranslated.map(({ number, segment }) => ({
      number,
      text: segment.source,
    })),
    drafts: found.drafts.map(({ number, segment }) => ({
      number,
      text: segment.translationText,
    })),
    quality: { errors, warnings, issues: engine.list(readinessListLength) },
    // The same list the query sheet for the client is made from.
    openComments: openQueries(document.segments).map(({ number, comment }) => ({
      segmentNumber: number,
      text: comment.text,
    })),
  };
}

interface ExportMenuProps {
  project: Project;
  store: SegmentStore;
  /** Goes to a segment (1-based) from the readiness list; without it the list has no buttons. */
  onGoToSegment?: (segmentNumber: number) => void;
}

/**
 * "Export": every format as a menu item that downloads a file named after the project. Edits
 * still in memory are written first, and exports read the stored project, never the editors. A
 * publication of a project with untranslated or draft segments first says how many and asks
 * what they become; the answer is remembered for the project.
 */
export function ExportMenu({ project, store, onGoToSegment }: ExportMenuProps) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<PendingExport | null>(null);
  const [error, setError] = useState<string | null>(null);
  // For OmegaT, which offers only units with a target: a copy of the source marked new.
  const [sourceInEmptyTargets, setSourceInEmptyTargets] = useState(false);
  const exportContext = useExportContext();

  const fail = (caught: unknown) =>
    setError(
      t('export.failed', { message: caught instanceof Error ? caught.message : String(caught) }),
    );

  const write = async (
    document: ProjectDocument,
    format: ExportFormat,
    policy: UntranslatedPolicy,
  ) => {
    // The stored project, read with the segments: its details as the translator last set them.
    const context = await exportContext(document.project, policy);
    // The writers load when the translator first exports, not with the page.
    const { exportProject } = await import('../../domain/formats/exportProject');
    const file = await exportProject(document, format, {
      ...context,
      emptyTargets: sourceInEmptyTargets ? 'source' : 'empty',
    });
    downloadFile(fileNameFor(project.name, file.suffix), file.content, file.mimeType);
    setError(null);
  };

  const run = async (format: ExportFormat) => {
    setOpen(false);
    try {
      await store.flushOrFail();
      const document = await loadProjectDocument(db, project.id);
      if (!document) return;
      const gaps = publicationGaps(document.segments);
      const readiness = publishesGaps.has(format) ? readinessOf(document, store) : null;
      if (readiness && !readinessIsEmpty(readiness)) {
        const policy = await getExportPolicy(db, project.id);
        setPending({ format, document, gaps, policy, readiness });
        return;
      }
      // Nothing for a policy to act on.
      await write(document, format, defaultUntranslatedPolicy);
    } catch (caught) {
      fail(caught);
    }
  };

  // The memory of every project in this browser and every imported TMX, newest first.
  const exportMemory = async () => {
    setOpen(false);
    try {
      await store.flushOrFail();
      const units = (await listMemoryUnits(db)).reverse();
      const { writeTmx } = await import('../../domain/formats/tmx/writeTmx');
      downloadFile(t('tmx.memoryFileName'), writeTmx(units), 'application/x-tmx+xml');
      setError(null);
    } catch (caught) {
      fail(caught);
    }
  };

  const exportWith = async ({ format, document }: PendingExport, policy: UntranslatedPolicy) => {
    setPending(null);
    try {
      await setExportPolicy(db, project.id, policy);
      await write(document, format, policy);
    } catch (caught) {
      fail(caught);
    }
  };

  return (
    <div className="menu">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('export.button')}
      </button>
      {open ? (
        <div
          role="menu"
          aria-label={t('export.menu')}
          className="menu__items menu__items--right"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          {exportFormats.map((format, index) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              autoFocus={index === 0}
              onClick={() => void run(format)}
            >
              {t(`export.formats.${format}`)}
            </button>
          ))}
          <button type="button" role="menuitem" onClick={() => void exportMemory()}>
            {t('tmx.exportMemory')}
          </button>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={sourceInEmptyTargets}
            onClick={() => setSourceInEmptyTargets(!sourceInEmptyTargets)}
          >
            <input
              type="checkbox"
              checked={sourceInEmptyTargets}
              readOnly
              tabIndex={-1}
              aria-hidden
            />{' '}
            {t('export.sourceInEmptyTargets')}
          </button>
        </div>
      ) : null}
      {pending ? (
        <ExportGapsDialog
          format={pending.format}
          gaps={pending.gaps}
          initialPolicy={pending.policy}
          onExport={(policy) => void exportWith(pending, policy)}
          onCancel={() => setPending(null)}
          readiness={pending.readiness}
          onGoTo={
            onGoToSegment &&
            ((number) => {
              setPending(null);
              onGoToSegment(number);
            })
          }
        />
      ) : null}
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
