import type { GlossaryEntry } from './glossaryEntry';
import { englishTermPattern } from './englishTermPattern';
import type { TermOccurrence } from './TermMatcher';

export type TerminologyIssue =
  | { kind: 'missing'; entryId: string; source: string; expected: string[] }
  | { kind: 'forbidden'; entryId: string; source: string; used: string };

/**
 * The terminology check of one segment: a term found in the source whose English has none of
 * the entry's accepted targets is missing; a forbidden target found in the English is flagged.
 * Untranslated segments are not checked.
 */
export function checkTerminology(
  occurrences: readonly TermOccurrence[],
  translation: string,
  entriesById: ReadonlyMap<string, GlossaryEntry>,
): TerminologyIssue[] {
  if (translation.trim() === '') return [];
  const issues: TerminologyIssue[] = [];
  const seen = new Set<string>();
  for (const occurrence of occurrences) {
    const key =
      occurrence.entryIds.length === 1
        ? (occurrence.entryIds[0] ?? '')
        : occurrence.entryIds.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    // Loops, not flatMap: a whole project's check runs this for every term in every segment.
    const entries: GlossaryEntry[] = [];
    for (const id of occurrence.entryIds) {
      const entry = entriesById.get(id);
      if (entry) entries.push(entry);
    }
    const accepted = entries.filter((entry) => entry.status !== 'forbidden');
    const acceptedTargets: string[] = [];
    for (const entry of accepted) acceptedTargets.push(...entry.targets);
    const found = acceptedTargets.some((target) => englishTermPattern(target).test(translation));
    const first = accepted[0];
    if (first && acceptedTargets.length > 0 && !found) {
      issues.push({
        kind: 'missing',
        entryId: first.id,
        source: first.source,
        expected: acceptedTargets,
      });
    }
    for (const entry of entries.filter((candidate) => candidate.status === 'forbidden')) {
      const used = entry.targets.find((target) => englishTermPattern(target).test(translation));
      if (used) issues.push({ kind: 'forbidden', entryId: entry.id, source: entry.source, used });
    }
  }
  return issues;
}
