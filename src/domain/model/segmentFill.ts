/**
 * Where English the translator did not type came from: a translation-memory match (Pre-translate)
 * or a repetition's confirmed English (propagation). Kept on the segment while it is that draft,
 * shown in its row and recorded in History.
 */
export type SegmentFill =
  | { kind: 'memory'; origin: string; score: number }
  | { kind: 'propagated'; fromSegmentId: string; fromNumber: number };
