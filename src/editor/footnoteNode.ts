import { Node, mergeAttributes, type JSONContent } from '@tiptap/core';
import { emptyNote, noteParagraphs } from '../domain/footnotes/footnotes';
import type { RichTextDoc } from '../domain/model/richText';
import { toRichTextDoc } from './toRichTextDoc';

/**
 * A translator's note reference: an inline atom whose `note` attribute holds the note's rich
 * text, so deleting the reference deletes its note and Undo restores both. It shows as a
 * superscript number from a CSS counter (the editor's container resets it to the project-wide
 * number before this segment), and has no text in getText(): the note is not in the sentence.
 * Copied and pasted, it keeps its note (serialised in data-note, read back through the schema).
 */
export const FootnoteNode = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      note: {
        default: emptyNote(),
        parseHTML: (element) => noteFromJson(element.getAttribute('data-note')),
        renderHTML: (attributes) => ({ 'data-note': JSON.stringify(attributes.note) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'sup',
      mergeAttributes(HTMLAttributes, {
        'data-footnote': '',
        class: 'footnote-ref footnote-ref--live',
      }),
    ];
  },

  renderText() {
    return '';
  },
});

function noteFromJson(json: string | null): RichTextDoc {
  try {
    const parsed: unknown = JSON.parse(json ?? '');
    if (typeof parsed === 'object' && parsed !== null && 'content' in parsed)
      return noteOf(toRichTextDoc(parsed as JSONContent));
  } catch {
    // Not JSON: pasted from elsewhere; an empty note the translator can fill in.
  }
  return emptyNote();
}

/** A note as stored: its own footnotes (impossible to insert, but pasteable) are dropped. */
function noteOf(doc: RichTextDoc): RichTextDoc {
  return { type: 'doc', content: noteParagraphs(doc) };
}
