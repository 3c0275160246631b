import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentStore } from '../../storage/segmentStore';
import { ProjectDetailsDialog } from './ProjectDetailsDialog';
import './projectDetails.css';

/** "Project details", an icon in the top bar: the publication's title, translator, variant, date. */
export function ProjectDetailsButton({
  projectId,
  store,
}: {
  projectId: string;
  store: SegmentStore;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-label={t('projectDetails.open')}
        title={t('projectDetails.open')}
        onClick={() => setOpen(true)}
      >
        <span className="icon icon--project-details" aria-hidden="true" />
      </button>
      {open ? (
        <ProjectDetailsDialog projectId={projectId} store={store} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
