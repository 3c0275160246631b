import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { GlossaryContextValue } from './GlossaryContext';

export interface SegmentTerm {
  entry: GlossaryEntry;
  /** The rendering to insert: the entry's first (preferred) target. */
  target: string;
}

/** The glossary terms of a segment's source, in source order, forbidden ones left out. */
export function termsOfSegment(source: string, glossary: GlossaryContextValue): SegmentTerm[] {
  const terms: SegmentTerm[] = [];
  const seen = new Set<string>();
  for (const occurrence of glossary.findTerms(source)) {
    for (const id of occurrence.entryIds) {
      const entry = glossary.entriesById.get(id);
      const target = entry?.targets[0];
      if (!entry || !target || entry.status === 'forbidden' || seen.has(id)) continue;
      seen.add(id);
      terms.push({ entry, target });
    }
  }
  return terms;
}
