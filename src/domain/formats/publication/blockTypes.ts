import type { SegmentType } from '../../model/segment';

/**
 * How each segment type is written, one table per format, so that all of them agree. The title
 * is the document's one top heading and the headings come one level under it:
 *
 * | type      | HTML       | Markdown | Word style |
 * | --------- | ---------- | -------- | ---------- |
 * | title     | h1         | `#`      | Title      |
 * | heading1  | h2         | `##`     | Heading1   |
 * | heading2  | h3         | `###`    | Heading2   |
 * | heading3  | h4         | `####`   | Heading3   |
 * | paragraph | p          |          | (Normal)   |
 * | quote     | blockquote | `>`      | Quote      |
 */
export const htmlTagOf: Readonly<Record<SegmentType, string>> = {
  title: 'h1',
  heading1: 'h2',
  heading2: 'h3',
  heading3: 'h4',
  paragraph: 'p',
  quote: 'blockquote',
};

export const markdownPrefixOf: Readonly<Record<SegmentType, string>> = {
  title: '# ',
  heading1: '## ',
  heading2: '### ',
  heading3: '#### ',
  paragraph: '',
  quote: '> ',
};

/** Word's built-in style ids; `Quote` is added to styles.xml by the writer (the library lacks it). */
export const wordStyleOf: Readonly<Record<SegmentType, string | undefined>> = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  paragraph: undefined,
  quote: 'Quote',
};

/** A block of HTML for a segment of this type; a quote holds its text in a paragraph. */
export function htmlBlock(type: SegmentType, attributes: string, inner: string): string {
  const tag = htmlTagOf[type];
  return type === 'quote'
    ? `<blockquote${attributes}><p>${inner}</p></blockquote>`
    : `<${tag}${attributes}>${inner}</${tag}>`;
}

/** A Markdown block: every line of a quote is quoted, so line breaks stay inside it. */
export function markdownBlock(type: SegmentType, body: string): string {
  const prefix = markdownPrefixOf[type];
  return type === 'quote' ? `> ${body.replace(/\n/g, '\n> ')}` : `${prefix}${body}`;
}
