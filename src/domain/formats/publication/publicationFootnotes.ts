import { noteParagraphs } from '../../footnotes/footnotes';
import type { RichTextDoc, RichTextParagraph } from '../../model/richText';

/**
 * The translator's notes met while a publication is written, numbered in the order their
 * references are written (document order), as every export numbers them. A collector for one
 * block of a publication starts at the number its notes take there (the notes before it + 1).
 */
export class CollectedFootnotes {
  readonly notes: RichTextDoc[] = [];

  constructor(private readonly firstNumber = 1) {}

  /** Takes the next number for a note. */
  add(note: RichTextDoc): number {
    this.notes.push(note);
    return this.firstNumber + this.notes.length - 1;
  }
}

/** A reference in HTML: a superscript link to its endnote, which links back to it. */
export function footnoteReferenceHtml(number: number): string {
  return `<sup class="footnote-ref"><a href="#fn${number}" id="fnref${number}" role="doc-noteref">${number}</a></sup>`;
}

/**
 * The endnotes of an HTML page, after its text, each with a link back to its reference (as
 * Pandoc writes them, so readers and e-book tools know the roles); nothing when there are none.
 */
export function endnotesHtml(
  footnotes: CollectedFootnotes,
  paragraphToHtml: (paragraph: RichTextParagraph) => string,
): string {
  if (footnotes.notes.length === 0) return '';
  const items = footnotes.notes.map((note, index) => {
    const number = index + 1;
    const text = noteParagraphs(note).map(paragraphToHtml).join('<br>');
    return `<li id="fn${number}"><p>${text} <a href="#fnref${number}" class="footnote-back" role="doc-backlink">\u21a9\ufe0e</a></p></li>`;
  });
  return `<section class="footnotes" role="doc-endnotes">
<hr>
<ol>
${items.join('\n')}
</ol>
</section>
`;
}

/** The CSS the endnotes need in either HTML export. */
export const footnotesCss = `.footnote-ref a{text-decoration:none}.footnotes{font-size:.9em}.footnotes hr{border:0;border-top:1px solid #c9ced6;margin:2rem 0 1rem}`;

/** Markdown footnote definitions (`[^1]: …`), later paragraphs of a note indented under it. */
export function footnoteDefinitionsMarkdown(
  footnotes: CollectedFootnotes,
  paragraphToMarkdown: (paragraph: RichTextParagraph) => string,
): string {
  return footnotes.notes
    .map((note, index) => {
      const paragraphs = noteParagraphs(note).map(paragraphToMarkdown);
      return `[^${index + 1}]: ${paragraphs.join('\n\n    ')}`;
    })
    .join('\n');
}
