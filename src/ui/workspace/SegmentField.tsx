import type { RichTextDoc } from '../../domain/model/richText';
import type { EditorCommand } from '../../editor/editorCommandForKey';
import {
  SegmentEditor,
  type CaretTarget,
  type SegmentEditorHandle,
} from '../../editor/SegmentEditor';
import { StaticRichText } from './StaticRichText';

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
}

/**
 * A translation or notes cell: static until the user goes into it, then a live editor in the
 * same place with the same label. The static cell is focusable and editable to assistive tech
 * and automation (focus or a click swaps the live editor in before the first key arrives).
 */
export function SegmentField(props: SegmentFieldProps) {
  const { content, isEmpty, label, placeholder, lang, live, caretTarget, onActivate } = props;
  if (live) {
    return (
      <div className="segment__cell">
        <SegmentEditor
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
        />
      </div>
    );
  }
  return (
    <div className="segment__cell">
      <div
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        lang={lang}
        className="segment-field segment-field--static"
        data-placeholder={placeholder}
        onBeforeInput={(event) => event.preventDefault()}
        onMouseDown={(event) => {
          if (event.button !== 0) return;
          event.preventDefault();
          onActivate({ x: event.clientX, y: event.clientY });
        }}
        onFocus={() => onActivate(null)}
      >
        {isEmpty ? null : <StaticRichText doc={content} />}
      </div>
    </div>
  );
}
