import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentStatuses } from '../../domain/model/segment';
import { useTranslationProgress } from '../../storage/hooks/useSegmentStore';
import type { Project } from '../../domain/model/project';
import type { SegmentStore } from '../../storage/segmentStore';
import { StatisticsButton } from '../statistics/StatisticsButton';
import { ProgressBar } from './ProgressBar';
import { SaveIndicator } from './SaveIndicator';
import { StorageStatus } from './StorageStatus';

/**
 * The workspace's footer: progress, segments per status, the project's size, the save state and
 * storage. Its figures are kept by the store one segment at a time, so typing stays flat.
 * Memoised: the workspace renders again at each move between segments, and this does not
 * depend on the active segment.
 */
export const StatusFooter = memo(function StatusFooter({
  store,
  project,
}: {
  store: SegmentStore;
  project: Project;
}) {
  const { t, i18n } = useTranslation();
  const figures = useTranslationProgress(store);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <footer className="status-footer">
      <ProgressBar store={store} />
      <ul className="status-footer__counts" aria-label={t('layout.byStatus')}>
        {segmentStatuses.map((status) => {
          const { segments, characters } = figures.byStatus[status];
          if (status === 'do-not-translate' && segments === 0) return null;
          return (
            <li
              key={status}
              className={`status-count status-count--${status}`}
              title={t('layout.statusCount', {
                status: t(`status.${status}`),
                count: segments,
                characters: number.format(characters),
              })}
            >
              <span className="status-count__dot" aria-hidden="true" />
              {t(`status.${status}`)} <strong>{number.format(segments)}</strong>
            </li>
          );
        })}
      </ul>
      <p className="status-footer__totals" title={t('layout.totalsTitle')}>
        {t('layout.totals', {
          characters: number.format(figures.sourceCharacters),
          words: number.format(figures.englishWords),
        })}
      </p>
      <StatisticsButton store={store} project={project} />
      <SaveIndicator store={store} />
      <StorageStatus />
    </footer>
  );
});
