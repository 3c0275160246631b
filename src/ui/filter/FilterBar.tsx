import { memo } from 'react';
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

/**
 * In the top bar: which segments show (a kind and a text). The bar above the list that says how
 * many show, with "Clear filter", is FilterStatus, there only while a filter is on, so the rows
 * keep the height when no filter is.
 */
export function FilterControls({ controls }: { controls: SegmentFilterControls }) {
  const { t } = useTranslation();
  const { filter, setFilter, clear } = controls;
  const on = isFilterOn(filter);
  return (
    <div className={on ? 'filter-controls filter-controls--on' : 'filter-controls'}>
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
        className="filter-controls__text"
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
    </div>
  );
}

/** Above the list while a filter is on: how many segments show, and the way back to all. * Memoised: the workspace renders again at each move between segments, and this does not
 * depend on the active segment.
 */
export const FilterStatus = memo(function FilterStatus({ controls, total }: FilterBarProps) {
  const { t } = useTranslation();
  const { filter, clear, visible } = controls;
  if (!isFilterOn(filter)) return null;
  return (
    <div className="filter-bar">
      <span className="filter-bar__count" role="status">
        {visible?.length === 0
          ? t('filter.noneShown', { total })
          : t('filter.showing', { shown: visible?.length ?? total, total })}
      </span>
      <button type="button" className="filter-bar__clear" onClick={clear}>
        {t('filter.clear')}
      </button>
    </div>
  );
});
