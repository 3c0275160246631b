import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RichTextDoc } from '../domain/model/richText';
import { segmentEditorExtensions } from './extensions';
import type { PendingInput } from './pendingInput';
import { refreshPlaceholder } from './refreshPlaceholder';
import { replayPendingInput } from './replayPendingInput';
import { toRichTextDoc } from './toRichTextDoc';

export interface NoteEditorProps {
  id: string;
  initialContent: RichTextDoc;
  label: string;
  placeholder: string;
  onChange: (doc: RichTextDoc, text: string) => void;
  /** What was typed while this editor was being downloaded: replayed once, when it mounts. */
  pendingInput?: PendingInput;
}

/** A small rich-text field (bold, italic) for glossary notes; remount it to reset it. */
export function NoteEditor(props: NoteEditorProps) {
  const { id, initialContent, label, placeholder, onChange, pendingInput } = props;
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  // Read when the placeholder is drawn, so a change of interface language reaches it.
  const placeholderText = useRef(placeholder);
  const [extensions] = useState(() => segmentEditorExtensions(() => placeholderText.current));
  const editor = useEditor({
    extensions,
    content: initialContent,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        lang: 'en',
        class: 'segment-field segment-field--live note-editor',
      },
    },
    onUpdate: ({ editor: updated }) =>
      latestOnChange.current(
        toRichTextDoc(updated.getJSON()),
        updated.getText({ blockSeparator: '\n' }),
      ),
  });

  useEffect(() => {
    if (placeholderText.current === placeholder) return;
    placeholderText.current = placeholder;
    refreshPlaceholder(editor);
  }, [editor, placeholder]);

  // Replacing the placeholder field the translator was typing in: take over its focus and what
  // was typed there, in a layout effect so the next key already lands in the editor.
  const [pending] = useState(pendingInput);
  useLayoutEffect(() => {
    if (!pending || (!pending.hadFocus && pending.isEmpty)) return;
    editor.commands.setTextSelection(editor.state.doc.content.size);
    if (pending.hadFocus) editor.view.focus();
    replayPendingInput(editor.view, pending.take());
  }, [editor, pending]);

  return <EditorContent editor={editor} />;
}
