import { usePreferences } from '../../app/preferences';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { useStoredProject } from '../../storage/hooks/useStoredProject';

/**
 * Who the translator is for this project: the name set in Project details, else the one in the
 * preferences — the same fallback the exports use, so a comment's author and the Word file's
 * creator agree.
 */
export function useTranslatorName(projectId: string): string {
  const { translatorName } = usePreferences();
  const project = useStoredProject(useWorkspaceDb(), projectId);
  return project?.details?.translator.trim() || translatorName;
}
