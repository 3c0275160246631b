import type { IRunOptions, Paragraph, ParagraphChild } from 'docx';
import type { RichTextInline, RichTextMark, RichTextText } from '../../model/richText';
import type { ProjectDocument } from '../../project/projectDocument';
import {
  publishableSegments,
  type PublishableSegment,
  type UntranslatedPolicy,
} from './publishableSegments';
import { wordStyleOf } from './blockTypes';
import { publicationDetailsOf } from './publicationDetails';
import { CollectedFootnotes } from './publicationFootnotes';
import { docxFootnotes } from './docxFootnotes';

/** The same colours as the HTML publication, so both read alike. */
const sourceColor = '4F5868';
const placeholderColor = 'B3261E';
/** Space after a paragraph, in twentieths of a point: 8 pt, as in Word's own Normal style. */
const paragraphSpacingAfter = 160;

type RunLook = Pick<IRunOptions, 'color' | 'italics' | 'language'>;

/**
 * The English translation as a Word document, with the content of the HTML publication: each
 * segment's type gives its paragraph style (Title, Heading 1–3, Quote; see blockTypes.ts), so
 * Word's navigation pane and table of contents work. The library is loaded on demand because only this export needs it, and it
 * is much larger than the rest of the exports together. The author is the translator's name
 * (none when it is blank), never the project's title.
 */
export async function writeDocx(
  document: ProjectDocument,
  policy: UntranslatedPolicy,
  placeholder: string,
  author: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const docx = await import('docx');
  const pieces = publishableSegments(document.segments, policy, placeholder);
  const details = publicationDetailsOf(document, pieces, author);

  const footnotes = new CollectedFootnotes();
  const runsOf = (piece: PublishableSegment): ParagraphChild[] => {
    const look: RunLook = piece.isSource
      ? {
          color: sourceColor,
          language: { value: document.project.sourceLang, eastAsia: document.project.sourceLang },
        }
      : piece.isPlaceholder
        ? { color: placeholderColor, italics: true }
        : {};
    // Paragraphs inside one segment become line breaks, as in the HTML: a segment stays one block.
    return piece.content.content.flatMap((paragraph, index) => {
      const inlines: RichTextInline[] = [
        ...(index > 0 ? [{ type: 'hardBreak' as const }] : []),
        ...(paragraph.content ?? []),
      ];
      return inlines.map((inline) =>
        inline.type === 'hardBreak'
          ? new docx.TextRun({ ...look, break: 1 })
          : // Another tool's code: its equivalent text (`{0}`) or nothing, never its markup.
            inline.type === 'inlineCode'
            ? new docx.TextRun({ ...look, text: inline.attrs.equiv })
            : inline.type === 'footnote'
              ? new docx.FootnoteReferenceRun(footnotes.add(inline.attrs.note))
              : new docx.TextRun({
                  ...look,
                  text: inline.text,
                  // Left unset rather than false, so the runs inherit from their style as Word's own do.
                  bold: hasMark(inline, 'bold') || undefined,
                  italics: look.italics || hasMark(inline, 'italic') || undefined,
                }),
      );
    });
  };

  const paragraphs: Paragraph[] = pieces.map(
    (piece) => new docx.Paragraph({ style: wordStyleOf[piece.type], children: runsOf(piece) }),
  );

  const file = new docx.Document({
    title: details.title,
    // An empty name leaves the properties out rather than writing an empty author.
    creator: details.author,
    lastModifiedBy: details.author,
    styles: {
      default: {
        document: {
          run: { language: { value: details.lang } },
          paragraph: { spacing: { after: paragraphSpacingAfter } },
        },
      },
      paragraphStyles: [quoteStyle],
    },
    footnotes: docxFootnotes(docx, footnotes),
    sections: [{ children: paragraphs }],
  });
  // An ArrayBuffer, not a Node Buffer or a Blob: the one output the CLI and the browser share.
  const packed = new Uint8Array(await docx.Packer.toArrayBuffer(file));
  return stamped(packed, new Date(lastChange(document)), details.date);
}

function lastChange({ project, segments }: ProjectDocument): number {
  return segments.reduce(
    (latest, segment) => Math.max(latest, segment.updatedAt),
    project.updatedAt,
  );
}

/**
 * The same project gives the same bytes, in the browser and from the command line: the library
 * stamps the document and its zip entries with the time of writing, so both are set to the
 * project's last change instead (zip times cannot go before 1980).
 */
async function stamped(
  packed: Uint8Array,
  at: Date,
  publicationDate: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const when = new Date(Math.max(at.getTime(), Date.UTC(1980, 0, 2)));
  const iso = `${when.toISOString().slice(0, 19)}Z`;
  const entries = unzipSync(packed);
  const core = entries['docProps/core.xml'];
  if (core) {
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`)
        // The publication date, when set, is the document's date of creation.
        .replace(
          /(<dcterms:created[^>]*>)[^<]*(<\/dcterms:)/,
          (whole, open: string, close: string) =>
            publicationDate ? `${open}${publicationDate}T00:00:00Z${close}` : whole,
        ),
    );
  }
  const zipped = zipSync(entries, { mtime: when, level: 6 });
  return new Uint8Array(zipped);
}

/** Word's built-in Quote style, which the library does not define: indented, italic, grey. */
const quoteStyle = {
  id: 'Quote',
  name: 'Quote',
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { italics: true, color: sourceColor },
  paragraph: { indent: { left: 720, right: 720 } },
};

function hasMark(inline: RichTextText, type: RichTextMark['type']): boolean {
  return (inline.marks ?? []).some((mark) => mark.type === type);
}
