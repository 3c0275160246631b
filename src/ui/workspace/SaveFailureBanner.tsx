import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/model/project';
import { useSaveState } from '../../storage/hooks/useSegmentStore';
import type { SegmentStore } from '../../storage/segmentStore';
import { useGlossaryContext } from '../glossary/GlossaryContext';
import { downloadProjectFile } from '../common/downloadFile';

/**
 * Shown while a write to IndexedDB fails (quota, storage closed by the browser): the edits are
 * safe in memory and retried, and the project file can be downloaded from memory, without
 * touching the storage that is failing.
 * Memoised: the workspace renders again at each move between segments, and this does not
 * depend on the active segment.
 */
export const SaveFailureBanner = memo(function SaveFailureBanner({
  project,
  store,
}: {
  project: Project;
  store: SegmentStore;
}) {
  const { t } = useTranslation();
  const state = useSaveState(store);
  const { entries } = useGlossaryContext();
  if (state.kind !== 'error') return null;
  const download = () =>
    downloadProjectFile({ project, segments: store.currentSegments(), glossary: [...entries] });
  return (
    <div role="alert" className="save-banner">
      <strong>{t('save.bannerTitle')}</strong>
      <span>{t('save.bannerBody', { message: state.message })}</span>
      <button type="button" onClick={download}>
        {t('save.download')}
      </button>
    </div>
  );
});
