import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import type { Project } from '../../domain/model/project';
import { useProjects } from '../../storage/hooks/useProjects';
import { deleteProject, restoreProject } from '../../storage/repositories/projects';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useShellNotice } from '../common/ShellNotice';
import { useFailureNotice } from '../common/useFailureNotice';

/**
 * "Delete project" asks first, then hides the project and offers Undo; the rows are removed only
 * when the app next starts. The only project cannot be deleted (there would be nothing to open).
 */
export function DeleteProject({ activeProjectId }: { activeProjectId: string | null }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const reportFailure = useFailureNotice();
  const projects = useProjects(db) ?? [];
  const active = projects.find((project) => project.id === activeProjectId);
  const [asking, setAsking] = useState<Project | null>(null);
  const announce = useShellNotice();

  return (
    <>
      <button
        type="button"
        disabled={!active || projects.length < 2}
        onClick={() => setAsking(active ?? null)}
      >
        {t('project.delete')}
      </button>
      <ConfirmDialog
        open={asking !== null}
        title={t('project.deleteTitle', { name: asking?.name ?? '' })}
        message={t('project.deleteMessage')}
        confirmLabel={t('project.delete')}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const project = asking;
          setAsking(null);
          if (!project) return;
          reportFailure(
            (t) => t('asyncFailure.deleteProject'),
            () =>
              deleteProject(db, project.id).then(() =>
                announce({
                  text: (t) => t('project.deleted', { name: project.name }),
                  action: {
                    label: (t) => t('project.undoDelete'),
                    run: () =>
                      reportFailure(
                        (t) => t('asyncFailure.restoreProject'),
                        () => restoreProject(db, project.id),
                      ),
                  },
                  // The deletion moves the workspace to another project: the Undo goes with it.
                  projectId: null,
                }),
              ),
          );
        }}
      />
    </>
  );
}
