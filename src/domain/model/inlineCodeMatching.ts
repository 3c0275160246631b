import type { InlineCodeAttrs, RichTextDoc, RichTextInline, RichTextParagraph } from './richText';
import type { SourceCode } from './segment';

/**
 * Which code a code is, source and target alike: its kind and id (a pair's two ends share the id
 * and differ by kind). A cp code is the character it stands for.
 */
export function codeKey(code: Pick<InlineCodeAttrs, 'kind' | 'id' | 'xml'>): string {
  return code.kind === 'cp' ? `cp:${code.xml}` : `${code.kind}:${code.id}`;
}

/** The keys of the codes of a rich text, in order. */
export function codeKeysOf(doc: RichTextDoc): string[] {
  const keys: string[] = [];
  for (const paragraph of doc.content)
    for (const inline of paragraph.content ?? [])
      if (inline.type === 'inlineCode') keys.push(codeKey(inline.attrs));
  return keys;
}

/** `from` minus `taken`, counting repeats: what one side has that the other lacks. */
export function keysNotIn(from: readonly string[], taken: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const key of taken) left.set(key, (left.get(key) ?? 0) + 1);
  return from.filter((key) => {
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
}

/** The first source code (in source order) the translation does not have yet, if any. */
export function nextCodeToInsert(
  sourceCodes: readonly SourceCode[] | undefined,
  translation: RichTextDoc,
): InlineCodeAttrs | undefined {
  if (!sourceCodes?.length) return undefined;
  const missing = new Set(
    keysNotIn(
      sourceCodes.map(({ code }) => codeKey(code)),
      codeKeysOf(translation),
    ),
  );
  return sourceCodes.find(({ code }) => missing.has(codeKey(code)))?.code;
}

/**
 * The source as rich text with its codes in place (for "copy the source into the translation"):
 * each run of text between codes converted on its own, as the source cell shows it.
 */
export function sourceToRichText(
  source: string,
  sourceCodes: readonly SourceCode[] | undefined,
  convert: (text: string) => string,
): RichTextDoc {
  const content: RichTextInline[] = [];
  const pushText = (text: string) => {
    if (text !== '') content.push({ type: 'text', text: convert(text) });
  };
  let at = 0;
  for (const { offset, code } of sourceCodes ?? []) {
    const to = Math.min(Math.max(offset, at), source.length);
    pushText(source.slice(at, to));
    content.push({ type: 'inlineCode', attrs: code });
    at = to;
  }
  pushText(source.slice(at));
  const paragraph: RichTextParagraph =
    content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
  return { type: 'doc', content: [paragraph] };
}
