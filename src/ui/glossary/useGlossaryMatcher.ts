import { useMemo, useRef } from 'react';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import { TermMatcher } from '../../domain/glossary/TermMatcher';
import type { GlossaryContextValue } from './GlossaryContext';
import { useCharFold } from './useCharFold';

/**
 * One matcher for the open project, updated in place when the glossary changes (only changed
 * terms are added or removed), and a context value that changes with it so rows re-mark.
 */
export function useGlossaryMatcher(entries: readonly GlossaryEntry[]): GlossaryContextValue {
  const fold = useCharFold();

  const matcher = useRef<TermMatcher | null>(null);
  return useMemo(() => {
    const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
    if (!fold) return { entries, entriesById, findTerms: () => [] };
    matcher.current ??= new TermMatcher(fold);
    const current = matcher.current;
    current.setTerms(entries);
    return { entries, entriesById, findTerms: (text: string) => current.find(text) };
  }, [entries, fold]);
}
