import { diffChars } from 'diff';

export interface SourceDiffPart {
  text: string;
  /** `removed`: in the match's source only; `added`: in the current source only. */
  kind: 'same' | 'removed' | 'added';
}

/** What differs between a match's source and the segment's, character by character. */
export function sourceDiff(matchSource: string, currentSource: string): SourceDiffPart[] {
  return diffChars(matchSource, currentSource).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}
