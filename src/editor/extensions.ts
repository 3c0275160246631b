import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Italic from '@tiptap/extension-italic';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Placeholder } from '@tiptap/extensions/placeholder';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import type { AnyExtension } from '@tiptap/core';
import { InlineCode } from './inlineCodeNode';
import { FootnoteNode } from './footnoteNode';

/**
 * The one list of extensions every segment editor uses. The schema is deliberately small
 * (paragraphs, line breaks, bold, italic): whatever is pasted in is reduced to it, so stored
 * content never holds markup that the static renderer and the exporters do not know.
 *
 * Each extension is imported on its own rather than through StarterKit, which imports lists,
 * links (with linkifyjs), code blocks and the rest even when they are switched off; and
 * @tiptap/extensions through its subpaths, as its index brings the drop and gap cursors.
 *
 * The placeholder is read each time the editor draws it, so a change of interface language
 * reaches an editor that is already open (the caller redraws it, see `refreshPlaceholder`).
 */
export function segmentEditorExtensions(
  placeholder: () => string,
  /** The accessible name of another tool's inline code, from its label. */
  describeCode: (label: string) => string = (label) => label,
): AnyExtension[] {
  return [
    InlineCode.configure({ describe: (label) => describeCode(label) }),
    Bold,
    Document,
    HardBreak,
    UndoRedo,
    Italic,
    Paragraph,
    Text,
    Placeholder.configure({ placeholder: () => placeholder() }),
    FootnoteNode,
  ];
}
