import { useTranslation } from 'react-i18next';
import type { SegmentType } from '../../domain/model/segment';
import { isSegmentType } from '../../domain/model/segmentType';
import { segmentTypeMenuOrder } from './segmentTypes';
import './structure.css';

/** "Segment type": Title, Heading 1–3, Paragraph or Quote, what the segment is in exports. */
export function SegmentTypeSelect({
  type,
  onChange,
}: {
  type: SegmentType;
  onChange: (type: SegmentType) => void;
}) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={t('structure.segmentType')}
      title={t('structure.segmentTypeHint')}
      className={`segment-type segment-type--${type}`}
      value={type}
      onChange={(event) => {
        if (isSegmentType(event.target.value)) onChange(event.target.value);
      }}
    >
      {segmentTypeMenuOrder.map((value) => (
        <option key={value} value={value}>
          {t(`structure.types.${value}`)}
        </option>
      ))}
    </select>
  );
}
