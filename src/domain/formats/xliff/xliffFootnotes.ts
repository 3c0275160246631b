import { noteParagraphs } from '../../footnotes/footnotes';
import type { RichTextDoc, RichTextFootnote } from '../../model/richText';
import { plainTextToRichText, richTextToPlainText } from '../../model/richTextToPlainText';
import type { XmlElement } from '../xml/parseXml';
import { xmlText as text } from '../xml/escapeXml';

/**
 * Translator's notes (footnotes) in XLIFF, written and read back at the same place.
 *
 * XLIFF 2.0: the reference is an annotation in the target, `<mrk id="fnN" type="comment"
 * ref="#n=fnN"/>`, pointing to `<note id="fnN" category="translator-note" appliesTo="target">`
 * in the unit's `<notes>` (the Core's comment annotation, spec §4.7.2).
 *
 * XLIFF 1.2 has neither note ids nor references to notes, so the convention is: the reference is
 * a placeholder `<x id="fnN" ctype="x-footnote"/>` in the target (inline codes are kept by
 * tools, which must copy them), and its note is a `<note annotates="target">` whose text starts
 * with `[fnN] `. Both sides are needed: a note without its placeholder stays an ordinary note.
 *
 * XLIFF notes are plain text: a note's paragraphs become lines, its bold and italic are lost.
 */
export const footnoteCategory = 'translator-note';
const xliff12Prefix = /^\[(fn\d+)\] ?([\s\S]*)$/;

/** The notes of one unit, as its target is written: ids fn1, fn2 … within the unit. */
export class UnitFootnotes {
  private readonly notes: RichTextDoc[] = [];

  /** The inline XML of a reference (call in document order). */
  reference2 = (note: RichTextDoc): string => {
    const id = this.add(note);
    return `<mrk id="${id}" type="comment" ref="#n=${id}"/>`;
  };

  reference12 = (note: RichTextDoc): string => `<x id="${this.add(note)}" ctype="x-footnote"/>`;

  /** `<note>` elements for the unit's `<notes>` (2.0). */
  notes2(indent: string): string[] {
    return this.notes.map(
      (note, index) =>
        `${indent}<note id="fn${index + 1}" category="${footnoteCategory}" appliesTo="target">${text(noteText(note))}</note>`,
    );
  }

  /** `<note>` elements after the target (1.2). */
  notes12(indent: string): string {
    return this.notes
      .map(
        (note, index) =>
          `\n${indent}<note annotates="target">${text(`[fn${index + 1}] ${noteText(note)}`)}</note>`,
      )
      .join('');
  }

  private add(note: RichTextDoc): string {
    this.notes.push(note);
    return `fn${this.notes.length}`;
  }
}

/** A 2.0 unit's `<notes>` block: the segment's own note, then the translator's notes. */
export function notesBlock2(
  notesText: string,
  footnotes: UnitFootnotes,
  /** Further `<note>` lines (the source comments), each ending in a line break. */
  more = '',
): string {
  const lines = [
    ...(notesText.trim() ? [`        <note>${text(notesText)}</note>`] : []),
    ...footnotes.notes2('        '),
  ];
  return lines.length > 0 || more
    ? `      <notes>\n${lines.map((line) => `${line}\n`).join('')}${more}      </notes>\n`
    : '';
}

/** Whether a translation holds a translator's note reference. */
export function hasFootnote(doc: RichTextDoc): boolean {
  return doc.content.some((paragraph) =>
    (paragraph.content ?? []).some((inline) => inline.type === 'footnote'),
  );
}

function noteText(note: RichTextDoc): string {
  return richTextToPlainText({ type: 'doc', content: noteParagraphs(note) });
}

/** Reads the footnotes of one unit back; the notes they use are no longer ordinary notes. */
export interface FootnoteReader {
  /** The footnote an inline element stands for, if it is one. */
  footnoteAt: (element: XmlElement) => RichTextFootnote | null;
  /** Whether a note was taken by a footnote. */
  isFootnoteNote: (note: XmlElement) => boolean;
}

export function footnoteReader2(notes: readonly XmlElement[]): FootnoteReader {
  const byId = new Map<string, XmlElement>();
  for (const note of notes) {
    const id = note.getAttribute('id');
    if (id && note.getAttribute('category') === footnoteCategory) byId.set(id, note);
  }
  const used = new Set<XmlElement>();
  return {
    footnoteAt: (element) => {
      if (element.localName !== 'mrk' || element.getAttribute('type') !== 'comment') return null;
      // "#n=fn1", or a longer fragment identifier ending in the note ("#f=f1/u=s2/n=fn1").
      const id = /(?:^#|\/)n=([^/]+)$/.exec(element.getAttribute('ref') ?? '')?.[1];
      const note = id ? byId.get(id) : undefined;
      if (!note) return null;
      used.add(note);
      return footnote(note.textContent);
    },
    isFootnoteNote: (note) => used.has(note),
  };
}

export function footnoteReader12(notes: readonly XmlElement[]): FootnoteReader {
  const byId = new Map<string, { note: XmlElement; text: string }>();
  for (const note of notes) {
    const match = xliff12Prefix.exec(note.textContent);
    if (match?.[1] && !byId.has(match[1])) byId.set(match[1], { note, text: match[2] ?? '' });
  }
  const used = new Set<XmlElement>();
  return {
    footnoteAt: (element) => {
      if (element.localName !== 'x' || element.getAttribute('ctype') !== 'x-footnote') return null;
      const found = byId.get(element.getAttribute('id') ?? '');
      if (!found) return null;
      used.add(found.note);
      return footnote(found.text);
    },
    isFootnoteNote: (note) => used.has(note),
  };
}

function footnote(noteText: string): RichTextFootnote {
  return { type: 'footnote', attrs: { note: plainTextToRichText(noteText) } };
}
