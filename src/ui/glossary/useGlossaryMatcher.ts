import { useEffect, useMemo, useRef, useState } from 'react';
import { makeCharFold, type CharFold } from '../../domain/glossary/charFold';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import { TermMatcher } from '../../domain/glossary/TermMatcher';
import { loadScriptConverter } from '../../domain/script/convertScript';
import type { GlossaryContextValue } from './GlossaryContext';

/**
 * One matcher for the open project, updated in place when the glossary changes (only changed
 * terms are added or removed), and a context value that changes with it so rows re-mark.
 */
export function useGlossaryMatcher(entries: readonly GlossaryEntry[]): GlossaryContextValue {
  const [fold, setFold] = useState<CharFold | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadScriptConverter('zh-Hans').then((toSimplified) => {
      if (!cancelled) setFold(() => makeCharFold(toSimplified));
    });
    return () => {
      cancelled = true;
    };
  }, []);

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
