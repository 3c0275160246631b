import type { SegmentStatus } from '../../model/segment';

/** XLIFF 2.0 state (and our status as subState, so a round trip keeps Draft apart). */
export const xliff2StateOf: Record<SegmentStatus, { state: string; subState: string }> = {
  untranslated: { state: 'initial', subState: 'bw:untranslated' },
  draft: { state: 'initial', subState: 'bw:draft' },
  translated: { state: 'translated', subState: 'bw:translated' },
  reviewed: { state: 'reviewed', subState: 'bw:reviewed' },
  'do-not-translate': { state: 'initial', subState: 'bw:do-not-translate' },
};

/** XLIFF 1.2 target state. */
export const xliff12StateOf: Record<SegmentStatus, string> = {
  untranslated: 'new',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  'do-not-translate': 'final',
};

const ourSubStates = new Map(
  Object.entries(xliff2StateOf).map(([status, { subState }]) => [
    subState,
    status as SegmentStatus,
  ]),
);

/** Our status from XLIFF 2 state/subState: our own subState wins, else the core state. */
export function statusFromXliff2(
  state: string,
  subState: string,
  translationText: string,
): SegmentStatus {
  // Another tool may fill a target and leave our subState as it was: it counts only where it
  // agrees with the text.
  const ours = ourSubStates.get(subState);
  const hasText = translationText.trim() !== '';
  if (ours && (ours === 'do-not-translate' || (ours === 'untranslated') !== hasText)) return ours;
  if (state === 'reviewed' || state === 'final') return 'reviewed';
  if (state === 'translated') return 'translated';
  return hasText ? 'draft' : 'untranslated';
}

const progress: Record<SegmentStatus, number> = {
  untranslated: 0,
  draft: 1,
  translated: 2,
  reviewed: 3,
  'do-not-translate': 4,
};

/**
 * A unit with several segments is only as far along as its least advanced segment: one final
 * and one empty segment make an untranslated unit, not a reviewed one.
 */
export function leastAdvanced(statuses: readonly SegmentStatus[]): SegmentStatus {
  let least: SegmentStatus | null = null;
  for (const status of statuses)
    if (least === null || progress[status] < progress[least]) least = status;
  return least ?? 'untranslated';
}

/**
 * Our status from an XLIFF 1.2 target state and the unit's `approved`. An explicit state wins:
 * translate-toolkit marks every finished unit approved="yes" with state="translated" and means
 * "translated" by it, so approval makes a unit Reviewed only with signed-off/final or no state.
 */
export function statusFromXliff12(
  state: string,
  approved: boolean,
  translationText: string,
): SegmentStatus {
  if (!translationText.trim()) return 'untranslated';
  if (state === 'signed-off' || state === 'final') return 'reviewed';
  if (state === 'translated') return 'translated';
  if (state === '') return approved ? 'reviewed' : 'draft';
  // new, needs-translation, needs-review-*, needs-adaptation, needs-l10n and x- states: a text
  // someone still has to look at.
  return 'draft';
}
