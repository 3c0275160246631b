import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import type { ExportContext } from '../../domain/formats/exportProject';
import type { UntranslatedPolicy } from '../../domain/formats/publication/publishableSegments';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { Project } from '../../domain/model/project';
import { loadScriptConverter } from '../../domain/script/convertScript';
import { languageTagOf } from '../../domain/script/scriptView';
import { useGlossaryContext } from '../glossary/GlossaryContext';

/** Builds what exports need from the current view: script, glossary, labels. */
export function useExportContext(): (
  project: Project,
  untranslated: UntranslatedPolicy,
) => Promise<ExportContext> {
  const { t } = useTranslation();
  const { sourceScript } = usePreferences();
  const glossary = useGlossaryContext();
  return useCallback(
    async (project, untranslated) => ({
      srcLang: languageTagOf(sourceScript, project.sourceLang),
      convertSource: await loadScriptConverter(sourceScript),
      termsIn: (source: string) => {
        const entries = new Map<string, GlossaryEntry>();
        for (const occurrence of glossary.findTerms(source)) {
          for (const id of occurrence.entryIds) {
            const entry = glossary.entriesById.get(id);
            if (entry) entries.set(id, entry);
          }
        }
        return [...entries.values()];
      },
      untranslated,
      placeholder: t('export.placeholder'),
      bilingual: {
        title: t('export.bilingualTitle', { name: project.name }),
        number: t('segment.columns.number'),
        source: t('segment.columns.source'),
        translation: t('segment.columns.translation'),
        notes: t('segment.columns.notes'),
        status: t('segment.columns.status'),
        statusName: (status) => t(`status.${status}`),
      },
    }),
    [t, sourceScript, glossary],
  );
}
