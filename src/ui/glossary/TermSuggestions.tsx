import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../domain/glossary/charFold';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import { suggestTerms, type TermCandidate } from '../../domain/glossary/suggestTerms';
import type { SegmentStore } from '../../storage/segmentStore';
import { useCharFold } from './useCharFold';

interface TermSuggestionsProps {
  store: SegmentStore;
  entries: readonly GlossaryEntry[];
  onUse: (term: string) => void;
}

const shownCandidates = 60;

/** Frequent word runs of the source that are not in the glossary yet; a click drafts one. */
export function TermSuggestions({ store, entries, onUse }: TermSuggestionsProps) {
  const { t } = useTranslation();
  const fold = useCharFold();
  // Found once per project (sources do not change); terms added meanwhile are only filtered out.
  // In a task of its own, so "Finding candidates…" is painted first: a big project takes a while.
  const [found, setFound] = useState<{ store: SegmentStore; candidates: TermCandidate[] } | null>(
    null,
  );
  useEffect(() => {
    if (!fold) return;
    const timer = setTimeout(() => {
      const sources = store.ids.map((id) => store.get(id)?.source ?? '');
      const candidates = suggestTerms(sources, new Set(), { fold, limit: shownCandidates * 3 });
      setFound({ store, candidates });
    }, 0);
    return () => clearTimeout(timer);
  }, [store, fold]);
  const candidates = found?.store === store ? found.candidates : null;
  const shown = useMemo(() => {
    if (!candidates || !fold) return [];
    const known = new Set(entries.map((entry) => foldText(entry.source.trim(), fold)));
    return candidates
      .filter((candidate) => !known.has(foldText(candidate.term, fold)))
      .slice(0, shownCandidates);
  }, [candidates, entries, fold]);

  return (
    <div className="term-suggestions">
      <h3>{t('glossary.suggestions')}</h3>
      {candidates === null ? (
        <p className="field__hint">{t('glossary.loadingSuggestions')}</p>
      ) : shown.length === 0 ? (
        <p className="field__hint">{t('glossary.noSuggestions')}</p>
      ) : (
        <p className="field__hint">{t('glossary.suggestionsHint')}</p>
      )}
      <ul>
        {shown.map(({ term, segments }) => (
          // The chip's name is its visible text (term · N segments): nothing reads as a close mark.
          <li key={term}>
            <button type="button" className="glossary-chip" onClick={() => onUse(term)}>
              <span lang="zh">{term}</span>
              <span className="glossary-chip__count">
                {' · '}
                {t('glossary.candidateSegments', { count: segments })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
