import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import type { AnyExtension } from '@tiptap/core';

/**
 * The one list of extensions every segment editor uses. The schema is deliberately small
 * (paragraphs, line breaks, bold, italic): whatever is pasted in is reduced to it, so stored
 * content never holds markup that the static renderer and the exporters do not know.
 */
export function segmentEditorExtensions(placeholder: string): AnyExtension[] {
  return [
    StarterKit.configure({
      blockquote: false,
      bulletList: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      listItem: false,
      listKeymap: false,
      orderedList: false,
      strike: false,
      link: false,
      underline: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
    }),
    Placeholder.configure({ placeholder }),
  ];
}
