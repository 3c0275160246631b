import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import { loadScriptConverter } from '../../domain/script/convertScript';
import { importTerms } from '../../storage/repositories/glossary';
import { downloadFile, fileNameFor } from '../common/downloadFile';
import { FilePickerButton } from '../common/FilePickerButton';
import { useFailureNotice } from '../common/useFailureNotice';
import type { GlossaryMessage } from './glossaryMessage';
import { readGlossaryFile } from './readGlossaryFile';

interface GlossaryTransferProps {
  projectId: string;
  projectName: string;
  entries: readonly GlossaryEntry[];
  onMessage: (message: GlossaryMessage, isError: boolean) => void;
}

/** "Import glossary" opens the file picker at once; "Export glossary" offers TBX and CSV. */
export function GlossaryTransfer({
  projectId,
  projectName,
  entries,
  onMessage,
}: GlossaryTransferProps) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [menuOpen, setMenuOpen] = useState(false);
  const reportFailure = useFailureNotice();

  const importFile = async (file: File) => {
    const result = await readGlossaryFile(file);
    if (!result.ok) {
      onMessage({ kind: 'importError', problem: result.problem }, true);
      return;
    }
    const summary = await importTerms(db, projectId, result.records);
    onMessage({ kind: 'imported', ...summary, sourceOnly: result.sourceOnly?.length ?? 0 }, false);
  };

  const exportAs = async (format: 'tbx' | 'csv') => {
    setMenuOpen(false);
    const records = [...entries].sort((a, b) => a.createdAt - b.createdAt);
    // The writers load when the glossary is first exported, not with the page.
    if (format === 'csv') {
      const { writeGlossaryCsv } = await import('../../domain/formats/csv/glossaryCsv');
      downloadFile(
        fileNameFor(projectName, '-glossary.csv'),
        writeGlossaryCsv(records),
        'text/csv',
      );
      return;
    }
    const [toTraditional, toSimplified, { writeTbx }] = await Promise.all([
      loadScriptConverter('zh-Hant-TW'),
      loadScriptConverter('zh-Hans'),
      import('../../domain/formats/tbx/writeTbx'),
    ]);
    const tbx = writeTbx(records, projectName, { toTraditional, toSimplified });
    downloadFile(fileNameFor(projectName, '-glossary.tbx'), tbx, 'application/x-tbx+xml');
  };

  return (
    <div className="glossary-transfer">
      <FilePickerButton
        accept=".tbx,.xml,.csv,.tsv,.txt"
        onFile={(file) =>
          reportFailure(
            (t) => t('glossary.import'),
            () => importFile(file),
          )
        }
      >
        {t('glossary.import')}
      </FilePickerButton>
      <div className="menu">
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('glossary.export')}
        </button>
        {menuOpen ? (
          <ul
            role="menu"
            aria-label={t('glossary.export')}
            className="menu__items"
            onKeyDown={(event) => {
              if (event.key === 'Escape') setMenuOpen(false);
            }}
          >
            <li role="none">
              <button
                type="button"
                role="menuitem"
                autoFocus
                onClick={() =>
                  reportFailure(
                    (t) => t('asyncFailure.exportTbx'),
                    () => exportAs('tbx'),
                  )
                }
              >
                {t('glossary.exportTbx')}
              </button>
            </li>
            <li role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() =>
                  reportFailure(
                    (t) => t('glossary.export'),
                    () => exportAs('csv'),
                  )
                }
              >
                {t('glossary.exportCsv')}
              </button>
            </li>
          </ul>
        ) : null}
      </div>
    </div>
  );
}
