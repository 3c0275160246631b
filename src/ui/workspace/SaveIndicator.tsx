import { useTranslation } from 'react-i18next';
import { useSaveState } from '../../storage/hooks/useSegmentStore';
import type { SegmentStore } from '../../storage/segmentStore';

export function SaveIndicator({ store }: { store: SegmentStore }) {
  const { t } = useTranslation();
  const state = useSaveState(store);
  const text =
    state.kind === 'saved'
      ? t('save.saved')
      : state.kind === 'saving'
        ? t('save.saving')
        : t('save.failed', { message: state.message });
  return (
    <p role="status" className={`save-state save-state--${state.kind}`}>
      {text}
    </p>
  );
}
