import type { RichTextDoc, RichTextFootnote } from '../../model/richText';
import { Invalid, isRecord } from './projectFile';

/**
 * A translator's note reference as a file or the log says it: `attrs.note` must be rich text
 * (checked as any other) holding no footnote of its own, else the path of the bad field is
 * reported (".attrs", ".attrs.note", ".attrs.note.content[…]") and nothing is restored.
 */
export function restoreFootnote(
  inline: Record<string, unknown>,
  path: string,
  restoreRichText: (value: unknown, path: string) => RichTextDoc,
): RichTextFootnote {
  if (!isRecord(inline.attrs)) throw new Invalid(`${path}.attrs`);
  const note = restoreRichText(inline.attrs.note, `${path}.attrs.note`);
  note.content.forEach((paragraph, index) =>
    (paragraph.content ?? []).forEach((item, position) => {
      if (item.type === 'footnote')
        throw new Invalid(`${path}.attrs.note.content[${index}].content[${position}]`);
    }),
  );
  return { type: 'footnote', attrs: { note } };
}
