import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RichTextDoc } from '../../domain/model/richText';
import type { EditorCommand } from '../../editor/editorCommandForKey';
import { loadLiveEditors, prefetchLiveEditors, useLiveEditors } from '../../editor/lazyEditors';
import { PendingInput } from '../../editor/pendingInput';
import type { CaretTarget, SegmentEditorHandle } from '../../editor/SegmentEditor';
import type { FootnoteOptions } from '../../editor/FootnotePanel';
import { useShellNotice } from '../common/ShellNotice';
import { StaticRichText, type MarkedRange } from './StaticRichText';

export interface SegmentFieldProps {
  content: RichTextDoc;
  isEmpty: boolean;
  label: string;
  placeholder: string;
  lang: string;
  live: boolean;
  caretTarget: CaretTarget | null;
  focusToken: number;
  onActivate: (caret: CaretTarget | null) => void;
  onChange: (doc: RichTextDoc, text: string) => void;
  onCommand: (command: EditorCommand, handle: SegmentEditorHandle) => void;
  onBlur: () => void;
  onEditorReady: (handle: SegmentEditorHandle | null) => void;
  externalRevision: number;
  /** Ranges of the plain text to mark in the static cell (quality issues). */
  marks?: readonly MarkedRange[];
  /** Translator's notes (the translation cell): numbering and the live editor's note panel. */
  footnotes?: FootnoteOptions;
}

/**
 * A translation or notes cell: static until the user goes into it, then a live editor in the
 * same place with the same label. The static cell is focusable and editable to assistive tech
 * and automation (focus or a click swaps the live editor in before the first key arrives).
 *
 * The editor's code is downloaded after the first paint. Should the translator go into a cell
 * before it has arrived, the static cell keeps the focus and buffers what is typed
 * (PendingInput), which the editor replays when it mounts, or which is added to the stored text
 * if the cell is left first: no key is lost either way.
 */
export function SegmentField(props: SegmentFieldProps) {
  const { content, isEmpty, label, placeholder, lang, live, caretTarget, onActivate } = props;
  const announce = useShellNotice();
  const editors = useLiveEditors();
  const [pendingInput] = useState(() => new PendingInput());
  const [staticGeneration, setStaticGeneration] = useState(0);
  const staticField = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const tell = useRef<(problem: 'editorUnavailable' | 'typedTextLost') => void>(() => undefined);
  useEffect(() => {
    tell.current = (problem) => announce((t) => t(`firstLoad.${problem}`));
  });

  useEffect(prefetchLiveEditors, []);

  const waiting = live && !editors;
  useLayoutEffect(() => {
    const element = staticField.current;
    if (!waiting || !element) return;
    loadLiveEditors().catch(() => tell.current('editorUnavailable'));
    const stopListening = pendingInput.listen(element);
    element.focus({ preventScroll: true });
    // Focus alone leaves no caret inside the cell in some engines, and then no input event.
    const selection = element.ownerDocument.getSelection();
    if (selection && !element.contains(selection.anchorNode)) {
      selection.selectAllChildren(element);
      selection.collapseToEnd();
    }
    return stopListening;
  }, [waiting, pendingInput]);

  // Input typed into a cell that was left (or scrolled away) before its editor arrived. When
  // the editor did arrive, it has taken the input already and there is nothing left here.
  useEffect(() => {
    return () => {
      if (pendingInput.isEmpty) return;
      const edits = pendingInput.take();
      loadLiveEditors().then(
        ({ applyPendingInputToDoc }) => {
          const { doc, text } = applyPendingInputToDoc(latest.current.content, edits);
          latest.current.onChange(doc, text);
        },
        () => tell.current('typedTextLost'),
      );
      // An input method may have written into the static cell's DOM: draw it anew.
      setStaticGeneration((generation) => generation + 1);
    };
  }, [live, pendingInput]);

  if (live && editors) {
    pendingInput.captureFocus();
    return (
      <div className="segment__cell">
        <editors.SegmentEditor
          content={content}
          label={label}
          placeholder={placeholder}
          lang={lang}
          caretTarget={caretTarget}
          focusToken={props.focusToken}
          onChange={props.onChange}
          onCommand={props.onCommand}
          onBlur={props.onBlur}
          onReady={props.onEditorReady}
          externalRevision={props.externalRevision}
          pendingInput={pendingInput}
          footnotes={props.footnotes}
        />
      </div>
    );
  }
  return (
    <div className="segment__cell">
      <div
        key={staticGeneration}
        ref={staticField}
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        lang={lang}
        className="segment-field segment-field--static"
        data-placeholder={placeholder}
        // While waiting, PendingInput takes the native beforeinput (with its text): React's
        // stand-in would cancel the keypress before any text is known.
        onBeforeInput={waiting ? undefined : (event) => event.preventDefault()}
        onMouseDown={(event) => {
          if (event.button !== 0) return;
          event.preventDefault();
          if (waiting) {
            // Clicking again is also how the translator retries a download that failed.
            event.currentTarget.focus({ preventScroll: true });
            loadLiveEditors().catch(() => tell.current('editorUnavailable'));
          } else onActivate({ x: event.clientX, y: event.clientY });
        }}
        onFocus={waiting ? undefined : () => onActivate(null)}
      >
        {isEmpty ? null : (
          <StaticRichText
            doc={content}
            marks={props.marks}
            footnoteStart={props.footnotes?.start}
          />
        )}
      </div>
    </div>
  );
}
