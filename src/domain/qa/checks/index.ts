import type { SegmentCheck } from '../types';
import { completenessCheck } from './completeness';
import { datesCheck } from './dates';
import { inlineCodesCheck } from './inlineCodes';
import { numbersCheck } from './numbers';
import { punctuationCheck } from './punctuation';

export { completenessCheck, datesCheck, numbersCheck, punctuationCheck };
export { inlineCodesCheck };

/** The checks of one segment on its own, re-run when that segment changes. */
export const perSegmentChecks: readonly SegmentCheck[] = [
  numbersCheck,
  datesCheck,
  punctuationCheck,
  completenessCheck,
  inlineCodesCheck,
];
