import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import type { Project } from '../../domain/model/project';
import { createProjectFromDocument } from '../../storage/repositories/projectDocuments';
import type { SegmentStore } from '../../storage/segmentStore';
import { useShellNotice, type NoticeText } from '../common/ShellNotice';
import { FilePickerButton } from '../common/FilePickerButton';
import { readImportFile } from './readImportFile';
import type { XliffImport } from './XliffImportDialog';

// The import dialog (reading XLIFF into a project, its steps) loads when a file is chosen.
const XliffImportDialog = lazy(() =>
  import('./XliffImportDialog').then((module) => ({ default: module.XliffImportDialog })),
);

// Refused before reading, so a huge file never ties up the tab. Bytes, not characters: 64 MB
// holds any XLIFF or project file under the parsers' own limits in CJK (3 bytes a character).
const maxImportBytes = 64 * 1024 * 1024;

/**
 * "Import" opens the file picker at once. A project file opens as a new project; an XLIFF file
 * goes to a dialog that merges it into the open project or opens it as a new one.
 */
export function ImportButton({ project, store }: { project: Project; store: SegmentStore }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [xliff, setXliff] = useState<XliffImport | null>(null);
  const announce = useShellNotice();

  // Refusals show as error toasts: the bar keeps its height whatever the message.
  const fail = (text: NoticeText) => announce({ text, tone: 'error' });

  const importFile = async (file: File) => {
    try {
      if (file.size > maxImportBytes) return fail((t) => t('import.errors.tooLarge'));
      const imported = await readImportFile(file);
      if (imported.kind === 'xliff') {
        const { read } = imported;
        if (!read.ok) {
          const { code, ...details } = read.problem;
          return fail((t) =>
            t(`import.xliffErrors.${code}`, {
              line: '?',
              column: '?',
              detail: '',
              version: '',
              id: '',
              position: '',
              ...details,
            }),
          );
        }
        setXliff({ file: read.file, fileName: file.name });
        return;
      }
      const { read } = imported;
      if (!read.ok) {
        const { code, ...details } = read.problem;
        return fail((t) =>
          t(`import.errors.${code}`, { detail: '', version: '', path: '', ...details }),
        );
      }
      const created = await createProjectFromDocument(db, read.document);
      // The new project replaces this workspace: the summary is about, and goes with, it.
      announce({
        text: (t) =>
          t('import.opened', {
            name: created.name,
            segments: read.document.segments.length,
            terms: read.document.glossary.length,
          }),
        projectId: created.id,
      });
    } catch {
      fail((t) => t('import.errors.unreadable'));
    }
  };

  return (
    <div className="import">
      <FilePickerButton
        accept=".json,.xlf,.xliff,.xml,application/json,application/xliff+xml"
        onFile={(file) => void importFile(file)}
      >
        {t('import.button')}
      </FilePickerButton>
      {xliff ? (
        <Suspense fallback={null}>
          <XliffImportDialog
            pending={xliff}
            project={project}
            store={store}
            onDone={(summary, projectId) => {
              setXliff(null);
              if (summary) announce({ text: summary, projectId });
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
