import { useTranslation } from 'react-i18next';
import { segmentStatuses, type SegmentStatus } from '../../domain/model/segment';

const isStatus = (value: string): value is SegmentStatus =>
  (segmentStatuses as readonly string[]).includes(value);

export function StatusSelect({
  status,
  onChange,
}: {
  status: SegmentStatus;
  onChange: (status: SegmentStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={t('segment.status')}
      className={`status status--${status}`}
      value={status}
      onChange={(event) => {
        if (isStatus(event.target.value)) onChange(event.target.value);
      }}
    >
      {segmentStatuses.map((value) => (
        <option key={value} value={value}>
          {t(`status.${value}`)}
        </option>
      ))}
    </select>
  );
}
