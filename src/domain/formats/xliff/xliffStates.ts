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

/** Our status from an XLIFF 1.2 target state (and the unit's `approved`). */
export function statusFromXliff12(
  state: string,
  approved: boolean,
  translationText: string,
): SegmentStatus {
  if (!translationText.trim()) return 'untranslated';
  if (approved || state === 'signed-off' || state === 'final') return 'reviewed';
  if (state === 'translated') return 'translated';
  return 'draft';
}
