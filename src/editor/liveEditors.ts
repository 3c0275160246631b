/** The editor code loaded after the first paint, as one chunk (see lazyEditors.ts). */
export { SegmentEditor } from './SegmentEditor';
export { NoteEditor } from './NoteEditor';
export { applyPendingInputToDoc } from './replayPendingInput';
