import { codeKey, codeKeysOf } from '../../domain/model/inlineCodeMatching';
import type { Segment } from '../../domain/model/segment';
import type { QaSegment } from '../../domain/qa/types';

/**
 * What the inline-codes check needs of a segment: nothing at all for the segments that have no
 * codes (every segment not imported from another tool's XLIFF), so they cost one scan of the
 * translation's inlines.
 */
export function inlineCodesForQa(
  segment: Pick<Segment, 'sourceCodes' | 'translation'>,
): Pick<QaSegment, 'sourceCodes' | 'translationCodes' | 'codeLabels'> {
  const translationCodes = codeKeysOf(segment.translation);
  const sourceCodes = segment.sourceCodes ?? [];
  if (sourceCodes.length === 0 && translationCodes.length === 0) return {};
  const codeLabels: Record<string, string> = {};
  for (const { code } of sourceCodes) codeLabels[codeKey(code)] = code.label;
  for (const paragraph of segment.translation.content)
    for (const inline of paragraph.content ?? [])
      if (inline.type === 'inlineCode') codeLabels[codeKey(inline.attrs)] ??= inline.attrs.label;
  return {
    sourceCodes: sourceCodes.map(({ code }) => codeKey(code)),
    translationCodes,
    codeLabels,
  };
}
