import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { loadProjectDocument } from '../../storage/repositories/projectDocuments';
import { downloadProjectFile } from './downloadFile';

interface Props {
  children: ReactNode;
  /** The open project, so the failure message can offer it as a file. */
  projectId?: string;
}

interface State {
  error: Error | null;
}

/**
 * Keeps one failing panel from blanking the workspace: the rest goes on working, saved work
 * lives in IndexedDB, and the failure offers the project file and a reload.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <PanelFailure error={this.state.error} projectId={this.props.projectId} />;
  }
}

function PanelFailure({ error, projectId }: { error: Error; projectId?: string }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const download = async () => {
    const document = projectId ? await loadProjectDocument(db, projectId) : undefined;
    if (document) downloadProjectFile(document);
  };
  return (
    <div role="alert" className="panel-error">
      <p>{t('app.panelFailed')}</p>
      <pre>{error.message}</pre>
      <div className="dialog__actions">
        {projectId ? (
          <button type="button" onClick={() => void download()}>
            {t('save.download')}
          </button>
        ) : null}
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    </div>
  );
}
