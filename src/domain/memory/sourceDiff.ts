import { diffChars } from 'diff';

export interface SourceDiffPart {
  text: string;
  /** `removed`: in the match's source only; `added`: in the current source only. */
  kind: 'same' | 'removed' | 'added';
}

/**
 * What differs between a match's source and the segment's, character by character. With a fold
 * that keeps lengths (the page's character fold), the texts are compared folded, so 產 and 产 are
 * not a difference, and shown as written.
 */
export function sourceDiff(
  matchSource: string,
  currentSource: string,
  fold?: (text: string) => string,
): SourceDiffPart[] {
  let a = fold ? fold(matchSource) : matchSource;
  let b = fold ? fold(currentSource) : currentSource;
  if (a.length !== matchSource.length || b.length !== currentSource.length) {
    a = matchSource;
    b = currentSource;
  }
  let inMatch = 0;
  let inCurrent = 0;
  return diffChars(a, b).map((change) => {
    const length = change.value.length;
    if (change.added) {
      const text = currentSource.slice(inCurrent, inCurrent + length);
      inCurrent += length;
      return { text, kind: 'added' };
    }
    const text = matchSource.slice(inMatch, inMatch + length);
    inMatch += length;
    if (change.removed) return { text, kind: 'removed' };
    inCurrent += length;
    return { text, kind: 'same' };
  });
}
