import { Node } from '@tiptap/core';
import type { InlineCodeAttrs } from '../domain/model/richText';

export interface InlineCodeOptions {
  /** The tag's accessible name, from its label (read when drawn: follows the interface language). */
  describe: (label: string) => string;
}

const attributeNames: (keyof InlineCodeAttrs)[] = [
  'kind',
  'id',
  'xliff',
  'xml',
  'data',
  'native',
  'label',
  'equiv',
];

/**
 * Another tool's inline code in the editor: an atom (one position for the caret, deleted and
 * cut as a whole, draggable), drawn as a compact tag, never editable as text. Its attributes
 * travel inside the tag as JSON, so copy and paste within the editors keep the code exactly.
 * It has no text: the editor's plain text (translationText) leaves it out, as
 * richTextToPlainText does.
 */
export const InlineCode = Node.create<InlineCodeOptions>({
  name: 'inlineCode',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { describe: (label: string) => label };
  },

  addAttributes() {
    return Object.fromEntries(
      attributeNames.map((name) => [
        name,
        {
          default: name === 'data' ? [] : '',
          rendered: false,
          parseHTML: (element: HTMLElement) => attrsFrom(element)?.[name],
        },
      ]),
    );
  },

  parseHTML() {
    return [
      { tag: 'span[data-inline-code]', getAttrs: (element) => (attrsFrom(element) ? null : false) },
    ];
  },

  renderHTML({ node }) {
    const attrs = node.attrs as InlineCodeAttrs;
    return [
      'span',
      {
        class: 'inline-code',
        'data-inline-code': JSON.stringify(attrs),
        contenteditable: 'false',
        role: 'img',
        'aria-label': this.options.describe(attrs.label),
        ...(attrs.native ? { title: attrs.native } : {}),
      },
      attrs.label,
    ];
  },

  renderText: () => '',
});

function attrsFrom(element: HTMLElement): InlineCodeAttrs | null {
  try {
    const value: unknown = JSON.parse(element.getAttribute('data-inline-code') ?? '');
    return typeof value === 'object' && value !== null && 'xml' in value
      ? (value as InlineCodeAttrs)
      : null;
  } catch {
    return null;
  }
}
