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
