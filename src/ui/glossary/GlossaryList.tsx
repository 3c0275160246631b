import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { SegmentStore } from '../../storage/segmentStore';

const sorts = ['source', 'updated', 'occurrences'] as const;
type Sort = (typeof sorts)[number];
const isSort = (value: string): value is Sort => (sorts as readonly string[]).includes(value);

interface GlossaryListProps {
  entries: readonly GlossaryEntry[];
  occurrences: ReadonlyMap<string, string[]>;
  store: SegmentStore;
  /** Folds script variants, so a search in either script finds the term. */
  fold: (text: string) => string;
  onEdit: (entry: GlossaryEntry) => void;
  onDelete: (entry: GlossaryEntry) => void;
  onJump: (segmentId: string) => void;
}

export function GlossaryList(props: GlossaryListProps) {
  const { entries, occurrences, store, fold, onEdit, onDelete, onJump } = props;
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('source');
  const [expanded, setExpanded] = useState<string | null>(null);
  const ids = { search: useId(), sort: useId() };

  const shown = useMemo(() => {
    const needle = fold(query.trim());
    const matching = entries.filter(
      (entry) =>
        needle === '' ||
        fold(entry.source).includes(needle) ||
        entry.targets.some((target) => target.toLowerCase().includes(needle)) ||
        entry.noteText.toLowerCase().includes(needle),
    );
    const count = (entry: GlossaryEntry) => occurrences.get(entry.id)?.length ?? 0;
    return [...matching].sort((a, b) => {
      if (sort === 'updated') return b.updatedAt - a.updatedAt;
      if (sort === 'occurrences') return count(b) - count(a) || a.source.localeCompare(b.source);
      return a.source.localeCompare(b.source, 'zh');
    });
  }, [entries, occurrences, query, sort, fold]);

  return (
    <div className="glossary-list">
      <div className="glossary-list__controls">
        <div className="field">
          <label htmlFor={ids.search}>{t('glossary.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
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
      {entries.length > 0 && shown.length === 0 ? (
        <p className="field__hint">{t('glossary.noMatch')}</p>
      ) : null}
      <ul className="glossary-list__entries">
        {shown.map((entry) => {
          const segments = occurrences.get(entry.id) ?? [];
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
                  aria-expanded={expanded === entry.id}
                  disabled={segments.length === 0}
                  onClick={() => setExpanded(expanded === entry.id ? null : entry.id)}
                >
                  {t('glossary.occurrences', { count: segments.length })}
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
              {expanded === entry.id ? (
                <ul className="term-entry__segments">
                  {segments.map((segmentId) => (
                    <li key={segmentId}>
                      <button type="button" onClick={() => onJump(segmentId)}>
                        {t('glossary.goToSegment', { number: store.indexOf(segmentId) + 1 })}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
