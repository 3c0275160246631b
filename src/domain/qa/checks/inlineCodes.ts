import type { QaIssue, SegmentCheck } from '../types';
import { keysNotIn } from '../../model/inlineCodeMatching';
import { qaIssue } from './issue';

/**
 * Are the source's inline codes (another tool's placeholders and tags) all in the English, and
 * only those? A missing code breaks the file in the originating tool (a link loses its end, a
 * `{0}` its value), an extra one repeats or invents one: both are errors. Segments without codes
 * on either side raise nothing; "Do not translate" segments and empty English are not checked
 * (the completeness check speaks for those).
 */
export const inlineCodesCheck: SegmentCheck = {
  id: 'inlineCodes',
  check(segment) {
    const source = segment.sourceCodes ?? [];
    const target = segment.translationCodes ?? [];
    if (source.length === 0 && target.length === 0) return [];
    if (segment.status === 'do-not-translate') return [];
    // Nothing written yet; codes alone (a target that is only a tag) are English to check.
    if (segment.translation.trim() === '' && target.length === 0) return [];
    const issues: QaIssue[] = [];
    const labelOf = (key: string) => segment.codeLabels?.[key] ?? key;
    for (const key of new Set(keysNotIn(source, target)))
      issues.push(
        qaIssue(
          'inlineCodes',
          'error',
          segment,
          'missing',
          `missing:${key}`,
          { code: labelOf(key) },
          [],
        ),
      );
    for (const key of new Set(keysNotIn(target, source)))
      issues.push(
        qaIssue(
          'inlineCodes',
          'error',
          segment,
          'extra',
          `extra:${key}`,
          { code: labelOf(key) },
          [],
        ),
      );
    return issues;
  },
};
