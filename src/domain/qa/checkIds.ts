/**
 * The ids of the per-segment checks (checks/index.ts), in their order: what the Quality checks
 * panel lists and switches, without loading the checks themselves.
 */
export const perSegmentCheckIds = [
  'numbers',
  'dates',
  'punctuation',
  'completeness',
  'inlineCodes',
] as const;
