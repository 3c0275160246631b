import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { InlineCodeAttrs, RichTextDoc } from '../domain/model/richText';
import { useTranslation } from 'react-i18next';
import { editorCommandForKey, type EditorCommand } from './editorCommandForKey';
import { segmentEditorExtensions } from './extensions';
import type { PendingInput } from './pendingInput';
import { refreshPlaceholder } from './refreshPlaceholder';
import { replayPendingInput } from './replayPendingInput';
import { toRichTextDoc } from './toRichTextDoc';
import { addFootnote, FootnotePanel, type FootnoteOptions } from './FootnotePanel';

export interface CaretTarget {
  x: number;
  y: number;
}

export interface SegmentEditorHandle {
  replaceContent: (doc: RichTextDoc) => void;
  insertText: (text: string) => void;
  /** Inserts another tool's inline code at the caret. */
  insertCode: (code: InlineCodeAttrs) => void;
  insertFootnote: () => void;
}

interface SegmentEditorProps {
  content: RichTextDoc;
  label: string;
  placeholder: string;
  lang: string;
  /** Where the user clicked; the caret goes there, or to the end when absent. */
  caretTarget: CaretTarget | null;
  /** Changes whenever the editor should take focus again (e.g. "Go to segment" to itself). */
  focusToken: number;
  onChange: (doc: RichTextDoc, text: string) => void;
  onCommand: (command: EditorCommand, handle: SegmentEditorHandle) => void;
  onBlur: () => void;
  /** Changes when another tab's version replaced the content: the editor then reloads it. */
  externalRevision?: number;
  /** The handle while the editor lives, null once it is gone (for the glossary's insert list). */
  onReady?: (handle: SegmentEditorHandle | null) => void;
  /** What was typed while this editor was being downloaded: replayed once, when it mounts. */
  pendingInput?: PendingInput;
  /** Translator's notes: the translation editor offers them, with their panel beside it. */
  footnotes?: FootnoteOptions;
}

/**
 * The live editor, mounted only in the active field. It never re-renders on a transaction, and
 * the row's re-render after each keystroke does not reach it (content is read once, callbacks
 * through a ref): typing costs ProseMirror's own update plus one onChange, whatever the length
 * of the document.
 */
export const SegmentEditor = memo(function SegmentEditor(props: SegmentEditorProps) {
  const { label, placeholder, lang, caretTarget, focusToken } = props;
  const [initialContent] = useState(props.content);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  // Read when the placeholder is drawn, so a change of interface language reaches it.
  const placeholderText = useRef(placeholder);
  const { t } = useTranslation();
  const translate = useRef(t);
  translate.current = t;
  const [extensions] = useState(() =>
    segmentEditorExtensions(
      () => placeholderText.current,
      (label) => translate.current('inlineCodes.tag', { label }),
    ),
  );

  const editor = useEditor({
    extensions,
    content: initialContent,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        lang,
        class: 'segment-field segment-field--live',
        spellcheck: 'true',
      },
      handleKeyDown: (_view, event) => {
        const command = editorCommandForKey(event);
        if (!command || !editorRef.current) return false;
        event.preventDefault();
        if (command === 'addFootnote') {
          if (callbacks.current.footnotes) addFootnote(editorRef.current);
          return true;
        }
        callbacks.current.onCommand(command, handleFor(editorRef.current));
        return true;
      },
    },
    onUpdate: ({ editor: updated }) => {
      callbacks.current.onChange(
        toRichTextDoc(updated.getJSON()),
        updated.getText({ blockSeparator: '\n' }),
      );
    },
    onBlur: () => callbacks.current.onBlur(),
  });
  const editorRef = useRef(editor);
  editorRef.current = editor;

  useEffect(() => {
    callbacks.current.onReady?.(handleFor(editor));
    return () => callbacks.current.onReady?.(null);
  }, [editor]);

  useEffect(() => {
    if (placeholderText.current === placeholder) return;
    placeholderText.current = placeholder;
    refreshPlaceholder(editor);
  }, [editor, placeholder]);

  const { externalRevision } = props;
  const loadedRevision = useRef(externalRevision);
  useEffect(() => {
    if (loadedRevision.current === externalRevision) return;
    loadedRevision.current = externalRevision;
    editor.commands.setContent(callbacks.current.content, { emitUpdate: false });
  }, [editor, externalRevision]);

  const mounted = useRef(false);
  // A layout effect and ProseMirror's own synchronous focus: Tiptap's focus command waits for
  // an animation frame, and a key pressed right after the click that mounted this editor went
  // nowhere in between (a browser test lost the first letter about one run in five).
  useLayoutEffect(() => {
    const pending = mounted.current ? undefined : callbacks.current.pendingInput;
    const position = caretTarget
      ? editor.view.posAtCoords({ left: caretTarget.x, top: caretTarget.y })?.pos
      : undefined;
    // A new editor puts the caret where the click was, or at the end; an editor that is focused
    // again keeps the selection it had.
    const target = position ?? (mounted.current ? null : editor.state.doc.content.size);
    if (target !== null) editor.commands.setTextSelection(target);
    // An editor that replaces a placeholder the translator has since left (focus went to
    // another control while it downloaded) does not take the focus back.
    if (pending?.hadFocus !== false) editor.view.focus();
    if (pending && !pending.isEmpty) replayPendingInput(editor.view, pending.take());
    mounted.current = true;
  }, [editor, caretTarget, focusToken]);

  return (
    <>
      <EditorContent editor={editor} />
      {props.footnotes ? <FootnotePanel editor={editor} options={props.footnotes} /> : null}
    </>
  );
}, sameLabels);

function sameLabels(previous: SegmentEditorProps, next: SegmentEditorProps): boolean {
  return (
    previous.label === next.label &&
    previous.placeholder === next.placeholder &&
    previous.lang === next.lang &&
    previous.caretTarget === next.caretTarget &&
    previous.focusToken === next.focusToken &&
    previous.externalRevision === next.externalRevision &&
    previous.footnotes?.start === next.footnotes?.start &&
    previous.footnotes?.addLabel === next.footnotes?.addLabel
  );
}

function handleFor(editor: NonNullable<ReturnType<typeof useEditor>>): SegmentEditorHandle {
  return {
    replaceContent: (doc) => {
      editor.chain().focus().setContent(doc, { emitUpdate: true }).focus('end').run();
    },
    insertText: (text) => {
      editor.chain().focus().insertContent({ type: 'text', text }).run();
    },
    insertCode: (code) => {
      editor.chain().focus().insertContent({ type: 'inlineCode', attrs: code }).run();
    },
    insertFootnote: () => addFootnote(editor),
  };
}
