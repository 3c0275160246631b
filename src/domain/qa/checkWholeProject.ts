import { makeCharFold } from '../glossary/charFold';
import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { TermMatcher } from '../glossary/TermMatcher';
import { makeComparisonKey } from './comparisonKey';
import { QaEngine, type QaPrecomputed } from './QaEngine';
import type { QaSegment, SegmentCheck } from './types';

/**
 * Every segment's own issues, terminology issues and consistency keys, for `QaEngine.load`: what
 * a worker computes when a project opens or its glossary changes, off the page's main thread.
 */
export function checkWholeProject(
  segments: readonly QaSegment[],
  glossary: readonly GlossaryEntry[],
  toSimplified: (text: string) => string,
  checks: readonly SegmentCheck[],
): QaPrecomputed {
  const fold = makeCharFold(toSimplified);
  const matcher = new TermMatcher(fold);
  matcher.setTerms(glossary);
  const engine = new QaEngine({
    checks,
    comparisonKey: makeComparisonKey(fold),
    glossary: {
      findTerms: (text) => matcher.find(text),
      entriesById: new Map(glossary.map((entry) => [entry.id, entry])),
    },
  });
  return engine.precompute(segments);
}
