import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { projectNameMaxLength } from '../../domain/project/projectName';
import { useProjects } from '../../storage/hooks/useProjects';
import { renameProject, type RenameProblem } from '../../storage/repositories/projects';
import { useValidatedSave } from '../common/useValidatedSave';
import { Dialog } from '../common/Dialog';

/**
 * "Rename project": a dialog with the current name to edit. A blank or over-long name is refused
 * with a message and nothing is written; a saved name shows at once in the project switcher, the
 * open workspace and the names of exported files.
 */
export function RenameProject({ activeProjectId }: { activeProjectId: string | null }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const active = (useProjects(db) ?? []).find((project) => project.id === activeProjectId);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <>
      {/* A pencil beside the project's name: the top bar has no room for the words. */}
      <button
        type="button"
        aria-label={t('renameProject.button')}
        title={t('renameProject.button')}
        disabled={!active}
        onClick={() => setEditing(active?.id ?? null)}
      >
        <span className="icon icon--rename" aria-hidden="true" />
      </button>
      {editing !== null && active?.id === editing ? (
        <RenameDialog
          projectId={active.id}
          currentName={active.name}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function RenameDialog({
  projectId,
  currentName,
  onClose,
}: {
  projectId: string;
  currentName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [name, setName] = useState(currentName);
  const { problem, setProblem, busy, save } = useValidatedSave<RenameProblem>(
    () => renameProject(db, projectId, name),
    onClose,
  );
  const ids = { name: useId(), error: useId() };

  const message =
    problem === null
      ? null
      : typeof problem === 'object'
        ? t('renameProject.errors.failed', { message: problem.failed })
        : t(`renameProject.errors.${problem}`, { max: projectNameMaxLength });

  return (
    <Dialog open title={t('renameProject.title')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={ids.name}>{t('renameProject.name')}</label>
          <input
            id={ids.name}
            type="text"
            data-autofocus
            value={name}
            aria-invalid={message !== null}
            aria-describedby={message ? ids.error : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
          />
          {message ? (
            <p id={ids.error} role="alert" className="field__error">
              {message}
            </p>
          ) : null}
        </div>
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            {t('confirm.cancel')}
          </button>
          <button type="submit" disabled={busy}>
            {t('renameProject.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
