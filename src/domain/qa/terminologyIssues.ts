import { checkTerminology } from '../glossary/checkTerminology';
import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { englishTermPattern } from '../glossary/englishTermPattern';
import type { TermOccurrence } from '../glossary/TermMatcher';
import type { QaIssue, QaRange, QaSegment } from './types';

/** What the terminology check needs of the glossary: the matcher and the entries it reports. */
export interface QaGlossary {
  findTerms: (text: string) => readonly TermOccurrence[];
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

export const terminologyCheckId = 'terminology';

/**
 * The glossary's terminology check (missing preferred/admitted term, forbidden term used) as
 * quality issues: the source term is marked where it occurs, a forbidden term where it is used.
 */
export function terminologyIssues(
  segment: QaSegment,
  occurrences: readonly TermOccurrence[],
  entriesById: ReadonlyMap<string, GlossaryEntry>,
): QaIssue[] {
  if (occurrences.length === 0 || segment.status === 'do-not-translate') return [];
  return checkTerminology(occurrences, segment.translation, entriesById).map((found): QaIssue => {
    const entryIds = new Set(
      found.kind === 'missing' ? occurrenceEntries(occurrences, found.entryId) : [found.entryId],
    );
    const sourceRanges: QaRange[] = occurrences
      .filter((occurrence) => occurrence.entryIds.some((id) => entryIds.has(id)))
      .map(({ start, end }) => ({ field: 'source', start, end }));
    if (found.kind === 'missing') {
      return {
        check: terminologyCheckId,
        severity: 'warning',
        segmentId: segment.id,
        key: `${terminologyCheckId}:${segment.id}:missing:${found.entryId}`,
        message: 'qa.messages.terminology.missing',
        params: { source: found.source, expected: found.expected.join(' / ') },
        ranges: sourceRanges,
      };
    }
    const used = englishTermPattern(found.used).exec(segment.translation);
    const usedRange: QaRange[] = used
      ? [{ field: 'translation', start: used.index, end: used.index + used[0].length }]
      : [];
    return {
      check: terminologyCheckId,
      severity: 'error',
      segmentId: segment.id,
      key: `${terminologyCheckId}:${segment.id}:forbidden:${found.entryId}`,
      message: 'qa.messages.terminology.forbidden',
      params: { source: found.source, used: found.used },
      ranges: [...sourceRanges, ...usedRange],
    } satisfies QaIssue;
  });
}

/** The entries sharing an occurrence with `entryId` (a term the glossary lists twice). */
function occurrenceEntries(occurrences: readonly TermOccurrence[], entryId: string): string[] {
  return occurrences.flatMap((occurrence) =>
    occurrence.entryIds.includes(entryId) ? occurrence.entryIds : [],
  );
}
