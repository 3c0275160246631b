import { useTranslation } from 'react-i18next';
import {
  isFilterOn,
  segmentFilterKinds,
  type SegmentFilterKind,
} from '../../domain/find/segmentFilter';
import type { SegmentFilterControls } from './useSegmentFilter';
import './filterBar.css';

interface FilterBarProps {
  controls: SegmentFilterControls;
  total: number;
}

/** Above the segment list: which segments show, how many, and a way back to all of them. */
export function FilterBar({ controls, total }: FilterBarProps) {
  const { t } = useTranslation();
  const { filter, setFilter, clear, visible } = controls;
  const on = isFilterOn(filter);
  return (
    <div className={on ? 'filter-bar filter-bar--on' : 'filter-bar'}>
      <select
        aria-label={t('filter.label')}
        title={t('filter.label')}
        value={filter.kind}
        onChange={(event) =>
          setFilter({ ...filter, kind: event.target.value as SegmentFilterKind })
        }
      >
        {segmentFilterKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`filter.kinds.${kind}`)}
          </option>
        ))}
      </select>
      <input
        type="search"
        className="filter-bar__text"
        aria-label={t('filter.text')}
        title={t('filter.textHint')}
        placeholder={t('filter.textPlaceholder')}
        value={filter.text}
        onChange={(event) => setFilter({ ...filter, text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          // Esc empties the text; pressed again (or with no text) it clears the whole filter.
          if (filter.text !== '') setFilter({ ...filter, text: '' });
          else clear();
        }}
      />
      {on ? (
        <>
          <span className="filter-bar__count" role="status">
            {t('filter.showing', { shown: visible?.length ?? total, total })}
          </span>
          <button type="button" className="filter-bar__clear" onClick={clear}>
            {t('filter.clear')}
          </button>
        </>
      ) : null}
    </div>
  );
}
