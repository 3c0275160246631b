import { segmentTypeOf, segmentTypePatch } from '../../domain/model/segmentType';
import type { EditorCommand } from '../../editor/editorCommandForKey';
import type { SegmentStore } from '../../storage/segmentStore';
import type { useShellNotice } from '../common/ShellNotice';
import { segmentTypeShortcutOrder } from './segmentTypes';

/**
 * Runs a Ctrl+Alt+digit command: sets the segment's type through the store (saved like any
 * edit) and says so in a message with Undo, since nothing in the editor shows the change.
 * Returns whether the command was one of these.
 */
export function runSegmentTypeCommand(
  store: SegmentStore,
  segmentId: string,
  command: EditorCommand,
  { announce }: { announce: ReturnType<typeof useShellNotice> },
): boolean {
  if (!command.startsWith('segmentType:')) return false;
  const type = segmentTypeShortcutOrder[Number(command.slice('segmentType:'.length))];
  const segment = store.get(segmentId);
  if (!type || !segment) return true;
  const before = segmentTypeOf(segment);
  if (before === type) return true;
  store.update(segmentId, segmentTypePatch(type));
  announce({
    text: (t) =>
      t('structure.changed', {
        number: store.indexOf(segmentId) + 1,
        type: t(`structure.types.${type}`),
      }),
    action: {
      label: (t) => t('structure.undo'),
      run: () => store.update(segmentId, segmentTypePatch(before)),
    },
  });
  return true;
}
