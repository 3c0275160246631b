import { nextCodeToInsert } from '../../domain/model/inlineCodeMatching';
import type { Segment } from '../../domain/model/segment';
import type { SegmentEditorHandle } from '../../editor/SegmentEditor';
import type { useShellNotice } from '../common/ShellNotice';

/**
 * F9 in the translation: the source's next inline code that the English does not have yet goes
 * in at the caret; when none is left (or the source has none), a notice says so.
 */
export function insertNextCode(
  segment: Segment | undefined,
  field: string | null,
  handle: SegmentEditorHandle,
  announce: ReturnType<typeof useShellNotice>,
): void {
  if (!segment || field !== 'translation') return;
  const code = nextCodeToInsert(segment.sourceCodes, segment.translation);
  if (code) handle.insertCode(code);
  else if (segment.sourceCodes?.length) announce((t) => t('inlineCodes.noneLeft'));
}
