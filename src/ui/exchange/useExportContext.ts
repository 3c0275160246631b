import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { exportContextFor } from '../../domain/formats/exportContext';
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
      exportContextFor(
        project,
        { script: sourceScript, untranslated, translatorName },
        glossary,
        // Keys are built at run time (status names): the typed key check cannot follow them.
        (key, values) => String(t(key as never, values as never)),
      ),
    [t, sourceScript, translatorName, glossary],
  );
}
