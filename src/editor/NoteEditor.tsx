import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef } from 'react';
import type { RichTextDoc } from '../domain/model/richText';
import { segmentEditorExtensions } from './extensions';
import { toRichTextDoc } from './toRichTextDoc';

interface NoteEditorProps {
  id: string;
  initialContent: RichTextDoc;
  label: string;
  placeholder: string;
  onChange: (doc: RichTextDoc, text: string) => void;
}

/** A small rich-text field (bold, italic) for glossary notes; remount it to reset it. */
export function NoteEditor({ id, initialContent, label, placeholder, onChange }: NoteEditorProps) {
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  const extensions = useMemo(() => segmentEditorExtensions(placeholder), [placeholder]);
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
  return <EditorContent editor={editor} />;
}
