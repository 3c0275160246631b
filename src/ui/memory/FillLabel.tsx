import { useTranslation } from 'react-i18next';
import type { SegmentFill } from '../../domain/model/segmentFill';
import './memory.css';

/** Says, in a row, that its English came from a repetition or the memory and is not yet checked. */
export function FillLabel({ fill }: { fill: SegmentFill | null | undefined }) {
  const { t } = useTranslation();
  if (!fill) return null;
  return (
    <span className={`fill-label fill-label--${fill.kind}`}>
      {fill.kind === 'propagated'
        ? t('memory.propagatedLabel')
        : t('memory.fromMemoryLabel', { score: fill.score })}
    </span>
  );
}

/** The line History shows for a version whose English came from the memory or a repetition. */
export function FillNote({ fill }: { fill: SegmentFill | null | undefined }) {
  const { t } = useTranslation();
  if (!fill) return null;
  return (
    <span className="fill-note">
      {fill.kind === 'propagated'
        ? t('history.propagated', { number: fill.fromNumber })
        : t('history.fromMemory', { origin: fill.origin, score: fill.score })}
    </span>
  );
}
