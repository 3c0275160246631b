import { createContext, useContext } from 'react';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { TermOccurrence } from '../../domain/glossary/TermMatcher';

export interface GlossaryContextValue {
  entries: readonly GlossaryEntry[];
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  /** Glossary terms in a text; empty until the script folding tables have loaded. */
  findTerms: (text: string) => TermOccurrence[];
}

const empty: GlossaryContextValue = {
  entries: [],
  entriesById: new Map(),
  findTerms: () => [],
};

export const GlossaryContext = createContext<GlossaryContextValue>(empty);

export function useGlossaryContext(): GlossaryContextValue {
  return useContext(GlossaryContext);
}
