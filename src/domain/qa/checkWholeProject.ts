import { makeCharFold } from '../glossary/charFold';
import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { TermMatcher } from '../glossary/TermMatcher';
import { makeComparisonKey } from './comparisonKey';
import { QaEngine, type QaGlossary, type PrecomputeMemory, type QaPrecomputed } from './QaEngine';
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
  return new WholeProjectChecker(toSimplified, checks).check(segments, glossary);
}

/**
 * Whole-project checks that remember the last run (a worker keeps one): segments unchanged since
 * keep their results, so a glossary's import re-runs the terminology check alone, and a run
 * after a few edits re-checks those segments. Only the last run is kept, so opening another
 * project replaces it.
 */
export class WholeProjectChecker {
  private readonly engine: QaEngine;
  private readonly fold;
  private readonly memory: PrecomputeMemory = { segments: new Map(), glossary: null };
  private glossary: { signature: string; terms: QaGlossary } | null = null;

  constructor(toSimplified: (text: string) => string, checks: readonly SegmentCheck[]) {
    this.fold = makeCharFold(toSimplified);
    this.engine = new QaEngine({ checks, comparisonKey: makeComparisonKey(this.fold) });
  }

  check(segments: readonly QaSegment[], glossary: readonly GlossaryEntry[]): QaPrecomputed {
    this.engine.setGlossary(this.glossaryFor(glossary));
    return this.engine.precompute(segments, this.memory);
  }

  /** The glossary as the checks use it: the same object while its terms are the same. */
  private glossaryFor(entries: readonly GlossaryEntry[]): QaGlossary {
    const signature = JSON.stringify(
      entries.map(({ id, source, targets, status }) => [id, source, targets, status]),
    );
    if (this.glossary?.signature !== signature) {
      const matcher = new TermMatcher(this.fold);
      matcher.setTerms(entries);
      this.glossary = {
        signature,
        terms: {
          findTerms: (text) => matcher.find(text),
          entriesById: new Map(entries.map((entry) => [entry.id, entry])),
        },
      };
    }
    return this.glossary.terms;
  }
}
