import type { SegmentCheck } from '../types';

export const perSegmentChecks: readonly SegmentCheck[] = [];
