import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { SegmentStore } from '../../storage/segmentStore';
import { pageSize } from './pageSize';

const sorts = ['source', 'updated', 'segments'] as const;
type Sort = (typeof sorts)[number];
const isSort = (value: string): value is Sort => (sorts as readonly string[]).includes(value);

interface GlossaryListProps {
  entries: readonly GlossaryEntry[];
  /** For each entry, the segments whose source holds it (each counted once). */
  occurrences: ReadonlyMap<string, readonly string[]>;
  store: SegmentStore;
  /** Folds script variants, so a search in either script finds the term. */
  fold: (text: string) => string;
  onEdit: (entry: GlossaryEntry) => void;
  onDelete: (entry: GlossaryEntry) => void;
  onJump: (segmentId: string) => void;
}

const noSegments: readonly string[] = [];

export const GlossaryList = memo(function GlossaryList(props: GlossaryListProps) {
  const { entries, occurrences, store, fold, onEdit, onDelete, onJump } = props;
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('source');
  const [expanded, setExpanded] = useState<string | null>(null);
  const [shownEntries, setShownEntries] = useState(pageSize);
  const [shownSegments, setShownSegments] = useState(pageSize);
  const ids = { title: useId(), search: useId(), sort: useId() };

  const matching = useMemo(() => {
    const needle = fold(query.trim());
    const found = entries.filter(
      (entry) =>
        needle === '' ||
        fold(entry.source).includes(needle) ||
        entry.targets.some((target) => target.toLowerCase().includes(needle)) ||
        entry.noteText.toLowerCase().includes(needle),
    );
    const count = (entry: GlossaryEntry) => occurrences.get(entry.id)?.length ?? 0;
    return found.sort((a, b) => {
      if (sort === 'updated') return b.updatedAt - a.updatedAt;
      if (sort === 'segments') return count(b) - count(a) || a.source.localeCompare(b.source);
      return a.source.localeCompare(b.source, 'zh');
    });
  }, [entries, occurrences, query, sort, fold]);
  const shown = matching.slice(0, shownEntries);

  return (
    <div className="glossary-list" role="group" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('glossary.listTitle', { count: entries.length })}</h3>
      <div className="glossary-list__controls">
        <div className="field">
          <label htmlFor={ids.search}>{t('glossary.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setShownEntries(pageSize);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>{t('glossary.sort')}</label>
          <select
            id={ids.sort}
            value={sort}
            onChange={(event) => {
              if (isSort(event.target.value)) setSort(event.target.value);
            }}
          >
            {sorts.map((value) => (
              <option key={value} value={value}>
                {t(`glossary.sorts.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {entries.length === 0 ? <p className="field__hint">{t('glossary.empty')}</p> : null}
      {entries.length > 0 && matching.length === 0 ? (
        <p className="field__hint">{t('glossary.noMatch')}</p>
      ) : null}
      <ul className="glossary-list__entries">
        {shown.map((entry) => {
          const segments = occurrences.get(entry.id) ?? noSegments;
          const isExpanded = expanded === entry.id;
          return (
            <li key={entry.id} className={`term-entry term-entry--${entry.status}`}>
              <div className="term-entry__main">
                <span className="term-entry__source" lang="zh">
                  {entry.source}
                </span>
                <span className="term-entry__targets" lang="en">
                  {entry.targets.join(' · ')}
                </span>
                <span className="term-entry__status">{t(`glossary.statuses.${entry.status}`)}</span>
              </div>
              {entry.noteText ? <p className="term-entry__note">{entry.noteText}</p> : null}
              <div className="term-entry__actions">
                <button
                  type="button"
                  aria-expanded={isExpanded}
                  disabled={segments.length === 0}
                  onClick={() => {
                    setExpanded(isExpanded ? null : entry.id);
                    setShownSegments(pageSize);
                  }}
                >
                  {t('glossary.segmentCount', { count: segments.length })}
                </button>
                <button
                  type="button"
                  aria-label={t('glossary.edit', { source: entry.source })}
                  onClick={() => onEdit(entry)}
                >
                  {t('glossary.editShort')}
                </button>
                <button
                  type="button"
                  aria-label={t('glossary.delete', { source: entry.source })}
                  onClick={() => onDelete(entry)}
                >
                  {t('glossary.deleteShort')}
                </button>
              </div>
              {isExpanded ? (
                <ul className="term-entry__segments">
                  {segments.slice(0, shownSegments).map((segmentId) => (
                    <li key={segmentId}>
                      <button type="button" onClick={() => onJump(segmentId)}>
                        {t('glossary.goToSegment', { number: store.indexOf(segmentId) + 1 })}
                      </button>
                    </li>
                  ))}
                  {segments.length > shownSegments ? (
                    <li>
                      <button
                        type="button"
                        className="glossary__more"
                        onClick={() => setShownSegments((count) => count + pageSize)}
                      >
                        {t('glossary.showMore', {
                          count: Math.min(pageSize, segments.length - shownSegments),
                        })}
                      </button>
                    </li>
                  ) : null}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
      {matching.length > shown.length ? (
        <button
          type="button"
          className="glossary__more"
          onClick={() => setShownEntries((count) => count + pageSize)}
        >
          {t('glossary.showMore', { count: Math.min(pageSize, matching.length - shown.length) })}
        </button>
      ) : null}
    </div>
  );
});
