import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { loadLiveEditors, prefetchLiveEditors, useLiveEditors } from '../../editor/lazyEditors';
import type { NoteEditorProps } from '../../editor/NoteEditor';
import { PendingInput } from '../../editor/pendingInput';
import { useShellNotice } from '../common/ShellNotice';
import { StaticRichText } from '../workspace/StaticRichText';

/**
 * The glossary note's rich-text editor, whose code arrives after the first paint. Until then
 * the same field is drawn from the content, and what is typed into it is kept and replayed into
 * the editor when it mounts.
 */
export function NoteField(props: Omit<NoteEditorProps, 'pendingInput'>) {
  const announce = useShellNotice();
  const editors = useLiveEditors();
  const [pendingInput] = useState(() => new PendingInput());
  const fallback = useRef<HTMLDivElement>(null);

  useEffect(prefetchLiveEditors, []);
  useLayoutEffect(() => {
    const element = fallback.current;
    if (editors || !element) return;
    return pendingInput.listen(element);
  }, [editors, pendingInput]);

  const load = () =>
    void loadLiveEditors().catch(() => announce((t) => t('firstLoad.editorUnavailable')));

  if (editors) {
    pendingInput.captureFocus();
    return <editors.NoteEditor {...props} pendingInput={pendingInput} />;
  }
  return (
    <div
      ref={fallback}
      id={props.id}
      role="textbox"
      aria-multiline="true"
      aria-label={props.label}
      tabIndex={0}
      contentEditable
      suppressContentEditableWarning
      lang="en"
      className="segment-field segment-field--static note-editor"
      data-placeholder={props.placeholder}
      // Going into the field (again) also retries a download that failed.
      onFocus={load}
      onMouseDown={load}
    >
      {props.initialContent.content.every((paragraph) => !paragraph.content?.length) ? null : (
        <StaticRichText doc={props.initialContent} />
      )}
    </div>
  );
}
