import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { emptyNote, noteParagraphs } from '../domain/footnotes/footnotes';
import type { RichTextDoc } from '../domain/model/richText';
import { segmentEditorExtensions } from './extensions';
import { toRichTextDoc } from './toRichTextDoc';
import './footnotePanel.css';

/** What the translation editor needs to offer translator's notes (strings from the locales). */
export interface FootnoteOptions {
  /** The project-wide number of this segment's first note. */
  start: number;
  addLabel: string;
  /** "Translator's note tools for segment N" (never "notes": the Notes field's name must stay unique). */
  panelLabel: string;
  noteLabel: (number: number) => string;
  notePlaceholder: string;
}

/** Inserts a note reference at the caret, with an empty note. */
export function insertFootnote(editor: Editor): void {
  editor
    .chain()
    .focus()
    .insertContent({ type: 'footnote', attrs: { note: emptyNote() } })
    .run();
}

/** The open panel's own "add" for each live editor: it also moves the caret into the new note. */
const panelAdders = new WeakMap<Editor, () => void>();

/**
 * What the shortcut and the button both do: a reference at the caret and, when the note panel
 * is shown, the caret in the new note's editor, so the note is typed where it belongs.
 */
export function addFootnote(editor: Editor): void {
  const add = panelAdders.get(editor);
  if (add) add();
  else insertFootnote(editor);
}

/** The notes of a document, in order: the `note` attributes themselves (compared by identity). */
function notesIn(editor: Editor): RichTextDoc[] {
  const notes: RichTextDoc[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'footnote') notes.push(node.attrs.note as RichTextDoc);
    return node.isBlock;
  });
  return notes;
}

/**
 * Beside the live translation editor: the "Add translator's note" button and one small editor per
 * note of the segment ("Translator's note N"). Editing a note replaces the reference's `note`
 * attribute in one transaction of the segment's editor, so the note is saved, undone and
 * redone with the translation. The list re-renders only when references are added, removed or
 * changed from elsewhere (Undo), not on every keystroke in the translation.
 */
export function FootnotePanel({ editor, options }: { editor: Editor; options: FootnoteOptions }) {
  const [notes, setNotes] = useState(() => notesIn(editor));
  const [generation, setGeneration] = useState(0);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  // What each note editor holds now: a note written from here is not a change to redraw.
  const known = useRef(notes);

  useEffect(() => {
    const onUpdate = () => {
      const current = notesIn(editor);
      const same =
        current.length === known.current.length &&
        current.every((note, index) => note === known.current[index]);
      if (same) return;
      known.current = current;
      setNotes(current);
      setGeneration((value) => value + 1);
    };
    // Every transaction, not only edits: a reload from another tab replaces the content silently.
    editor.on('transaction', onUpdate);
    return () => void editor.off('transaction', onUpdate);
  }, [editor]);

  // The counter the references' numbers are drawn from starts at this segment's first number.
  useLayoutEffect(() => {
    editor.view.dom.style.setProperty('counter-reset', `footnote ${options.start - 1}`);
  }, [editor, options.start]);

  const writeNote = (index: number, note: RichTextDoc) => {
    let seen = 0;
    let position: number | null = null;
    editor.state.doc.descendants((node, pos) => {
      if (position !== null) return false;
      if (node.type.name === 'footnote' && seen++ === index) position = pos;
      return node.isBlock;
    });
    if (position === null) return;
    known.current = known.current.map((value, at) => (at === index ? note : value));
    editor.view.dispatch(editor.state.tr.setNodeMarkup(position, undefined, { note }));
  };

  // Typing in a note and typing in the translation are separate steps to undo, however quickly
  // one follows the other: otherwise deleting a reference right after writing its note was
  // grouped with that writing, and Undo brought the reference back without its note.
  const closeUndoStep = () => {
    // A note's blur also comes when the segment is left and its editor is already gone.
    if (!editor.isDestroyed) editor.view.dispatch(closeHistory(editor.state.tr));
  };

  const add = () => {
    const { from } = editor.state.selection;
    let before = 0;
    editor.state.doc.nodesBetween(0, from, (node) => {
      if (node.type.name === 'footnote') before += 1;
      return node.isBlock;
    });
    insertFootnote(editor);
    setFocusIndex(before);
  };
  useEffect(() => {
    panelAdders.set(editor, add);
    return () => void panelAdders.delete(editor);
  });

  return (
    <div className="footnote-panel" role="group" aria-label={options.panelLabel}>
      <button
        type="button"
        className="footnote-panel__add"
        // The caret stays in the translation, where the reference goes.
        onMouseDown={(event) => event.preventDefault()}
        onClick={add}
      >
        {options.addLabel}
      </button>
      {notes.map((note, index) => (
        <FootnoteNoteEditor
          key={`${generation}:${index}`}
          initialContent={note}
          label={options.noteLabel(options.start + index)}
          number={options.start + index}
          placeholder={options.notePlaceholder}
          autoFocus={focusIndex === index}
          onFocused={() => setFocusIndex(null)}
          onChange={(doc) => writeNote(index, doc)}
          onFocusChange={closeUndoStep}
        />
      ))}
    </div>
  );
}

function FootnoteNoteEditor(props: {
  initialContent: RichTextDoc;
  label: string;
  number: number;
  placeholder: string;
  autoFocus: boolean;
  onFocused: () => void;
  onChange: (doc: RichTextDoc) => void;
  /** The caret came into this note or left it. */
  onFocusChange: () => void;
}) {
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const [extensions] = useState(() => segmentEditorExtensions(() => latest.current.placeholder));
  const editor = useEditor({
    extensions,
    content: props.initialContent,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': props.label,
        lang: 'en',
        class: 'segment-field segment-field--live footnote-panel__note',
      },
    },
    onUpdate: ({ editor: updated }) => {
      // A note holds no notes of its own, even pasted ones.
      const content = noteParagraphs(toRichTextDoc(updated.getJSON()));
      latest.current.onChange({ type: 'doc', content });
    },
    onFocus: () => latest.current.onFocusChange(),
    onBlur: () => latest.current.onFocusChange(),
  });

  useEffect(() => {
    editor.view.dom.setAttribute('aria-label', props.label);
  }, [editor, props.label]);

  const { autoFocus } = props;
  useLayoutEffect(() => {
    if (!autoFocus) return;
    editor.commands.setTextSelection(editor.state.doc.content.size);
    editor.view.focus();
    latest.current.onFocused();
  }, [editor, autoFocus]);

  return (
    <div className="footnote-panel__item">
      <span className="footnote-panel__number" aria-hidden="true">
        {props.number}
      </span>
      <EditorContent editor={editor} />
    </div>
  );
}
