import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import type { OpenProblem } from '../../storage/hooks/useOpenProject';
import { useProjects } from '../../storage/hooks/useProjects';
import { salvageProjectDocument } from '../../storage/repositories/projectDocuments';
import { setSetting } from '../../storage/repositories/settings';
import { downloadProjectFile } from '../common/downloadFile';
import './openFailure.css';

interface OpenFailureProps {
  projectId: string;
  problem: OpenProblem;
  onRetry: () => void;
}

/**
 * Shown instead of the workspace when a project cannot be opened: what went wrong, and the
 * three ways out — try again, open another project, or take away what could be read as a
 * project file. Nothing here writes to the damaged project.
 */
export function OpenFailure({ projectId, problem, onRetry }: OpenFailureProps) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const projects = useProjects(db)?.filter((project) => project.id !== projectId) ?? [];
  const headingId = useId();
  const [download, setDownload] = useState<
    { kind: 'idle' } | { kind: 'done'; unreadable: number } | { kind: 'nothing' | 'failed' }
  >({ kind: 'idle' });

  const salvage = async () => {
    try {
      const salvaged = await salvageProjectDocument(db, projectId, t('openFailure.recoveredName'));
      if (!salvaged) return setDownload({ kind: 'nothing' });
      downloadProjectFile(salvaged.document);
      setDownload({ kind: 'done', unreadable: salvaged.unreadable.length });
    } catch {
      setDownload({ kind: 'failed' });
    }
  };

  return (
    <main className="workspace workspace--failed">
      <section role="alert" aria-labelledby={headingId} className="open-failure">
        <h2 id={headingId}>
          {problem.code === 'slow' ? t('openFailure.slowTitle') : t('openFailure.title')}
        </h2>
        <p>{messageOf(problem, t)}</p>
        {problem.code === 'storage' ? <pre>{problem.detail}</pre> : null}
        <div className="dialog__actions">
          <button type="button" onClick={onRetry}>
            {t('openFailure.retry')}
          </button>
          {problem.code !== 'missing' ? (
            <button type="button" onClick={() => void salvage()}>
              {t('openFailure.download')}
            </button>
          ) : null}
        </div>
        {download.kind !== 'idle' ? (
          <p role="status">
            {download.kind === 'done'
              ? t('openFailure.downloaded', { count: download.unreadable })
              : t(`openFailure.download_${download.kind}`)}
          </p>
        ) : null}
        {projects.length > 0 ? (
          <div className="open-failure__other">
            <label htmlFor={`${headingId}-other`}>{t('openFailure.openAnother')}</label>
            <select
              id={`${headingId}-other`}
              value=""
              onChange={(event) => {
                if (event.target.value) void setSetting(db, 'activeProjectId', event.target.value);
              }}
            >
              <option value="">{t('openFailure.choose')}</option>
              {projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </section>
    </main>
  );
}

function messageOf(problem: OpenProblem, t: TFunction): string {
  switch (problem.code) {
    case 'missing':
      return t('openFailure.missing');
    case 'invalid': {
      if (problem.segmentNumber === undefined)
        return t('openFailure.invalid', { path: problem.path });
      // `segments[<id>].translation…`: the row's internal id means nothing to the reader.
      const field = problem.path.replace(/^segments\[[^\]]*\]\.?/, '') || '—';
      return t('openFailure.invalidSegment', { number: problem.segmentNumber, field });
    }
    case 'storage':
      return t('openFailure.storage');
    case 'slow':
      return t('openFailure.slow');
  }
}
