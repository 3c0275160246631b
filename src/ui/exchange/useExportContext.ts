import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { buildExportContext } from '../../domain/formats/exportContext';
import type { ExportContext } from '../../domain/formats/exportProject';
import type { UntranslatedPolicy } from '../../domain/formats/publication/publishableSegments';
import type { Project } from '../../domain/model/project';
import { useGlossaryContext } from '../glossary/GlossaryContext';

/** What exports need from the view (script, glossary), the preferences and the interface's words. */
export function useExportContext(): (
  project: Project,
  untranslated: UntranslatedPolicy,
) => Promise<ExportContext> {
  const { t } = useTranslation();
  const { sourceScript, translatorName } = usePreferences();
  const glossary = useGlossaryContext();
  return useCallback(
    (project, untranslated) =>
      buildExportContext(
        project,
        { script: sourceScript, untranslated, translatorName },
        glossary,
        {
          placeholder: t('export.placeholder'),
          bilingualTitle: (name) => t('export.bilingualTitle', { name }),
          number: t('segment.columns.number'),
          source: t('segment.columns.source'),
          translation: t('segment.columns.translation'),
          notes: t('segment.columns.notes'),
          status: t('segment.columns.status'),
          statusName: (status) => t(`status.${status}`),
        },
      ),
    [t, sourceScript, translatorName, glossary],
  );
}
