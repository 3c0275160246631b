import { useEffect } from 'react';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import type { Project } from '../../domain/model/project';
import { dismissNotice, isNoticeDismissed } from '../../storage/repositories/settings';
import { useShellNotice } from '../common/ShellNotice';

/**
 * Tells the translator, as a toast, that pinyin left by a script conversion was removed from
 * the source; once dismissed it does not come back for that project.
 */
export function useCleanedNotice(project: Project): null {
  const db = useWorkspaceDb();
  const announce = useShellNotice();
  const count = project.cleaning.readingsRemoved;
  useEffect(() => {
    if (count === 0) return;
    let cancelled = false;
    void isNoticeDismissed(db, project.id, 'cleaned')
      .then((dismissed) => {
        if (dismissed || cancelled) return;
        announce({
          text: (t) => t('project.cleaned', { count }),
          projectId: project.id,
          onDismiss: () => void dismissNotice(db, project.id, 'cleaned').catch(() => undefined),
        });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [db, project.id, count, announce]);
  return null;
}
