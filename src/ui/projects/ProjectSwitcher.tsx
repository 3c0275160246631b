import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { useProjects } from '../../storage/hooks/useProjects';
import { setSetting } from '../../storage/repositories/settings';

export function ProjectSwitcher({ activeProjectId }: { activeProjectId: string | null }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const projects = useProjects(db) ?? [];
  const id = useId();
  return (
    <div className="topbar__field topbar__field--project">
      <label htmlFor={id}>{t('project.label')}</label>
      <select
        id={id}
        value={activeProjectId ?? ''}
        onChange={(event) => void setSetting(db, 'activeProjectId', event.target.value)}
      >
        {projects.map((project) => (
          <option key={project.id} value={project.id} lang={project.sourceLang}>
            {project.name}
          </option>
        ))}
      </select>
    </div>
  );
}
