import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import {
  exportFormats,
  exportProject,
  type ExportFormat,
} from '../../domain/formats/exportProject';
import {
  untranslatedPolicies,
  type UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import type { Project } from '../../domain/model/project';
import { loadProjectDocument } from '../../storage/repositories/projectDocuments';
import type { SegmentStore } from '../../storage/segmentStore';
import { downloadFile, fileNameFor } from '../common/downloadFile';
import { useExportContext } from './useExportContext';

/**
 * "Export": every format as a menu item that downloads a file named after the project. Edits
 * still in memory are written first, and exports read the stored project, never the editors.
 */
export function ExportMenu({ project, store }: { project: Project; store: SegmentStore }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [open, setOpen] = useState(false);
  const [policy, setPolicy] = useState<UntranslatedPolicy>('omit');
  const [error, setError] = useState<string | null>(null);
  const exportContext = useExportContext();

  const run = async (format: ExportFormat) => {
    setOpen(false);
    try {
      await store.flushOrFail();
      const document = await loadProjectDocument(db, project.id);
      if (!document) return;
      const file = await exportProject(document, format, await exportContext(project, policy));
      downloadFile(fileNameFor(project.name, file.suffix), file.content, file.mimeType);
      setError(null);
    } catch (caught) {
      setError(
        t('export.failed', { message: caught instanceof Error ? caught.message : String(caught) }),
      );
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
          <div role="group" aria-label={t('export.untranslated')} className="menu__group">
            {untranslatedPolicies.map((value) => (
              <button
                key={value}
                type="button"
                role="menuitemradio"
                aria-checked={policy === value}
                onClick={() => setPolicy(value)}
              >
                {t(`export.policies.${value}`)}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
