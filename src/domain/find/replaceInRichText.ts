import type { RichTextDoc, RichTextInline, RichTextMark } from '../model/richText';
import type { TextMatch } from './findPattern';

/**
 * Replaces `matches` (offsets in the doc's plain text: paragraphs and hard breaks as "\n", see
 * richTextToPlainText) with the text `replacementOf` gives for each. Text around a match keeps its
 * marks; the replacement takes the marks of the match's first character, so "**Internet**" stays
 * bold when it becomes "internet", and a match spanning bold and plain text becomes bold. Matches
 * must be ascending, non-overlapping and not contain a line break (compileFind guarantees it).
 */
export function replaceInRichText(
  doc: RichTextDoc,
  matches: readonly TextMatch[],
  replacementOf: (match: TextMatch) => string,
): RichTextDoc {
  if (matches.length === 0) return doc;
  let offset = 0;
  let next = 0;
  const content = doc.content.map((paragraph) => {
    const out: RichTextInline[] = [];
    for (const inline of paragraph.content ?? []) {
      if (inline.type !== 'text') {
        out.push(inline);
        // A footnote reference has no plain text (see richTextToPlainText); a line break is one.
        if (inline.type === 'hardBreak') offset += 1;
        continue;
      }
      const end = offset + inline.text.length;
      let at = offset;
      while (at < end) {
        while (next < matches.length && (matches[next]?.end ?? 0) <= at) next += 1;
        const match = matches[next];
        if (!match || match.start >= end) {
          pushText(out, inline.text.slice(at - offset), inline.marks);
          at = end;
        } else if (match.start > at) {
          pushText(out, inline.text.slice(at - offset, match.start - offset), inline.marks);
          at = match.start;
        } else {
          // Only the node holding the match's first character writes the replacement.
          if (match.start === at) pushText(out, replacementOf(match), inline.marks);
          at = Math.min(match.end, end);
        }
      }
      offset = end;
    }
    offset += 1; // the paragraph's line break
    return out.length > 0 ? { ...paragraph, content: out } : { type: 'paragraph' as const };
  });
  return { ...doc, content };
}

function pushText(out: RichTextInline[], text: string, marks: RichTextMark[] | undefined): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last?.type === 'text' && sameMarks(last.marks, marks)) {
    out[out.length - 1] = { ...last, text: last.text + text };
    return;
  }
  out.push(marks && marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
}

function sameMarks(a: RichTextMark[] | undefined, b: RichTextMark[] | undefined): boolean {
  const left = (a ?? []).map((mark) => mark.type).join(',');
  const right = (b ?? []).map((mark) => mark.type).join(',');
  return left === right;
}

/**
 * The text a regular-expression match is replaced with, as String.prototype.replace reads it:
 * `$1` … `$99` and `$<name>` are groups, `$&` the match, `$$` a dollar sign. A group that does not
 * exist stays as typed.
 */
export function expandReplacement(template: string, match: TextMatch, matched: string): string {
  return template.replace(
    /\$(\$|&|<([^>]*)>|(\d{1,2}))/g,
    (whole, token: string, name?: string, digits?: string) => {
      if (token === '$') return '$';
      if (token === '&') return matched;
      if (name !== undefined) return name in match.named ? (match.named[name] ?? '') : whole;
      if (digits !== undefined) {
        const number = Number(digits);
        if (number >= 1 && number <= match.groups.length) return match.groups[number - 1] ?? '';
        // "$12" with one group is group 1 and a "2", as in JavaScript.
        const first = Number(digits[0]);
        if (digits.length === 2 && first >= 1 && first <= match.groups.length)
          return (match.groups[first - 1] ?? '') + digits.slice(1);
      }
      return whole;
    },
  );
}
