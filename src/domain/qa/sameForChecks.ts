import type { QaSegment } from './types';

/**
 * Whether the per-segment checks would find the same in `b` as in `a`: every field they read is
 * equal (the position in the document is not one of them; the id is the caller's to match).
 * Inline codes count on their own, since they take no characters in the text: adding a missing
 * tag changes the codes and not the English.
 */
export function sameForChecks(a: QaSegment, b: QaSegment): boolean {
  if (a === b) return true;
  return (
    a.source === b.source &&
    a.translation === b.translation &&
    a.status === b.status &&
    a.kind === b.kind &&
    sameList(a.sentenceEnds, b.sentenceEnds) &&
    sameList(a.sourceCodes, b.sourceCodes) &&
    sameList(a.translationCodes, b.translationCodes) &&
    sameLabels(a.codeLabels, b.codeLabels)
  );
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((value, at) => value === right[at]);
}

function sameLabels(
  a: Readonly<Record<string, string>> | undefined,
  b: Readonly<Record<string, string>> | undefined,
): boolean {
  if (a === b) return true;
  const left = Object.entries(a ?? {});
  const right = b ?? {};
  return (
    left.length === Object.keys(right).length && left.every(([key, label]) => right[key] === label)
  );
}
