import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentStore } from '../../storage/segmentStore';

/** Both versions of a segment two tabs edited at once, and the choice between them. */
export function SegmentConflict({ store, segmentId }: { store: SegmentStore; segmentId: string }) {
  const { t } = useTranslation();
  const theirs = useSyncExternalStore(
    (listener) => store.subscribeSegment(segmentId, listener),
    () => store.getConflict(segmentId),
  );
  if (!theirs) return null;
  return (
    <div role="alert" className="segment__conflict">
      <p>{t('conflict.message')}</p>
      <p lang="en">
        {t('conflict.theirs', { text: theirs.translationText || t('conflict.empty') })}
      </p>
      <button type="button" onClick={() => store.resolveConflict(segmentId, 'mine')}>
        {t('conflict.keepMine')}
      </button>
      <button type="button" onClick={() => store.resolveConflict(segmentId, 'theirs')}>
        {t('conflict.takeTheirs')}
      </button>
    </div>
  );
}
