import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { memoryUnitsFromTmx } from '../../domain/formats/tmx/tmxMemoryUnits';
import { putMemoryUnits } from '../../storage/repositories/memory';
import { useShellNotice, type NoticeText } from '../common/ShellNotice';
import { FilePickerButton } from '../common/FilePickerButton';
import { readTmxFile } from './readTmxFile';

// As for Import: refused before reading, so a huge file never ties up the tab.
const maxTmxBytes = 64 * 1024 * 1024;

/**
 * "Import TMX": a translation memory from OmegaT, Trados, memoQ, translate-toolkit (or this
 * workspace) is read in a worker and its Chinese/English pairs join the memory, all in one
 * write or, when the file cannot be read, none.
 */
export function TmxImportButton() {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const announce = useShellNotice();
  const fail = (text: NoticeText) => announce({ text, tone: 'error', projectId: null });

  const importFile = async (file: File) => {
    try {
      if (file.size > maxTmxBytes)
        return fail((t) => t('tmx.errors.tooLarge', { file: file.name }));
      const read = await readTmxFile(file);
      if (!read.ok) {
        const { code, ...details } = read.problem;
        return fail(
          t(`tmx.errors.${code}`, {
            file: file.name,
            line: '?',
            column: '?',
            detail: '',
            element: '',
            encoding: '',
            unit: '',
            units: 0,
            ...details,
          }),
        );
      }
      const units = memoryUnitsFromTmx(read.file, file.name, Date.now());
      await putMemoryUnits(db, units);
      const { noChinese, noEnglish, empty } = read.file.skipped;
      const skipped = noChinese + noEnglish + empty;
      announce({
        text: (t) =>
          skipped > 0
            ? t('tmx.importedSkipped', {
                count: units.length,
                file: file.name,
                skipped,
                reasons: [
                  noChinese > 0 ? t('tmx.skipped.noChinese', { count: noChinese }) : null,
                  noEnglish > 0 ? t('tmx.skipped.noEnglish', { count: noEnglish }) : null,
                  empty > 0 ? t('tmx.skipped.empty', { count: empty }) : null,
                ]
                  .filter((reason) => reason !== null)
                  .join(t('tmx.skipped.separator')),
              })
            : t('tmx.imported', { count: units.length, file: file.name }),
        projectId: null,
      });
    } catch {
      fail((t) => t('tmx.errors.unreadable', { file: file.name }));
    }
  };

  return (
    <div className="import import--tmx">
      <FilePickerButton
        accept=".tmx,.xml,application/x-tmx+xml"
        onFile={(file) => void importFile(file)}
      >
        {t('tmx.importButton')}
      </FilePickerButton>
    </div>
  );
}
