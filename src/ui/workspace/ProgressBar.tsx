import { useTranslation } from 'react-i18next';
import { useTranslationProgress } from '../../storage/hooks/useSegmentStore';
import type { SegmentStore } from '../../storage/segmentStore';

export function ProgressBar({ store }: { store: SegmentStore }) {
  const { t } = useTranslation();
  const { percent } = useTranslationProgress(store);
  const text = t('progress.text', { percent });
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="progress__track"
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
