import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import { suggestTerms } from '../../domain/glossary/suggestTerms';
import type { SegmentStore } from '../../storage/segmentStore';

interface TermSuggestionsProps {
  store: SegmentStore;
  entries: readonly GlossaryEntry[];
  onUse: (term: string) => void;
}

/** Frequent strings of the source that are not in the glossary yet. */
export function TermSuggestions({ store, entries, onUse }: TermSuggestionsProps) {
  const { t } = useTranslation();
  const candidates = useMemo(
    () =>
      suggestTerms(
        store.ids.map((id) => store.get(id)?.source ?? ''),
        new Set(entries.map((entry) => entry.source)),
      ),
    [store, entries],
  );
  return (
    <div className="term-suggestions">
      <h3>{t('glossary.suggestions')}</h3>
      {candidates.length === 0 ? (
        <p className="field__hint">{t('glossary.noSuggestions')}</p>
      ) : null}
      <ul>
        {candidates.map(({ term, count }) => (
          <li key={term}>
            <button
              type="button"
              aria-label={t('glossary.useCandidate', { term })}
              onClick={() => onUse(term)}
            >
              <span lang="zh">{term}</span>
              <span className="term-suggestions__count">
                {t('glossary.candidateCount', { count })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
