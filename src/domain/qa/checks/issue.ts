import type { QaIssue, QaParams, QaRange, QaSegment, QaSeverity } from '../types';

/**
 * Builds an issue of one check. `found` names what was found (e.g. `n7` for a missing seven,
 * `cjk:，`): the issue's key is check, segment and `found`, never an offset or the message
 * variant, so an ignore survives edits elsewhere and a "missing" turning into "wrong" stays
 * ignored.
 */
export function qaIssue(
  check: string,
  severity: QaSeverity,
  segment: QaSegment,
  variant: string,
  found: string,
  params: QaParams,
  ranges: QaRange[],
): QaIssue {
  return {
    check,
    severity,
    segmentId: segment.id,
    key: `${check}:${segment.id}:${found}`,
    message: `qa.messages.${check}.${variant}`,
    params,
    ranges,
  };
}

export const sourceRange = (start: number, end: number): QaRange => ({
  field: 'source',
  start,
  end,
});

export const translationRange = (start: number, end: number): QaRange => ({
  field: 'translation',
  start,
  end,
});

/** Text a check compares: nothing to check when the English is empty or the segment is kept as is. */
export const hasEnglishToCheck = (segment: QaSegment): boolean =>
  segment.status !== 'do-not-translate' && segment.translation.trim() !== '';

/**
 * One-entry memo: the engine runs the numbers and dates checks on the same segment one after the
 * other, so both share one parse of the same text instead of parsing it twice.
 */
export function memoizeLast<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | null = null;
  let lastValue: T | null = null;
  return (text) => {
    if (text !== lastText || lastValue === null) {
      lastValue = compute(text);
      lastText = text;
    }
    return lastValue;
  };
}
