import type { RichTextDoc, RichTextText } from '../../model/richText';
import type { Segment } from '../../model/segment';

// Words after which a full stop does not end an English sentence.
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'inc',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'fig',
]);

/**
 * Exclusive end offsets of the sentences of an English paragraph: after . ! ? (and closing quotes
 * or brackets), before whitespace and a capital, digit or opening quote, not after a common
 * abbreviation. Trailing spaces stay with the sentence before them; the last end is the length.
 */
export function splitEnglishSentences(text: string): number[] {
  const ends: number[] = [];
  const boundary = /[.!?]+["'”’)\]]*(\s+)(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const before = text.slice(0, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (match[0].startsWith('.') && abbreviations.has(word)) continue;
    ends.push(match.index + match[0].length);
  }
  if (text.length > 0) ends.push(text.length);
  return ends;
}

export interface AlignedSentence {
  source: string;
  target: RichTextDoc;
}

/**
 * The segment as sentence pairs, when the translator kept the source's sentences: a single
 * paragraph of English with as many sentences as the source. Otherwise null (one XLIFF segment).
 */
export function alignedSentences(segment: Segment): AlignedSentence[] | null {
  const { sentenceEnds, translation, translationText } = segment;
  if (sentenceEnds.length < 2 || translation.content.length !== 1) return null;
  const runs = translation.content[0]?.content ?? [];
  if (runs.some((inline) => inline.type !== 'text')) return null;
  const targetEnds = splitEnglishSentences(translationText);
  if (targetEnds.length !== sentenceEnds.length) return null;
  return sentenceEnds.map((end, index) => {
    const start = index === 0 ? 0 : (sentenceEnds[index - 1] ?? 0);
    const targetStart = index === 0 ? 0 : (targetEnds[index - 1] ?? 0);
    return {
      source: segment.source.slice(start, end),
      target: sliceRuns(runs as RichTextText[], targetStart, targetEnds[index] ?? 0),
    };
  });
}

/** The part of a paragraph's text runs between two offsets, marks kept. */
function sliceRuns(runs: readonly RichTextText[], start: number, end: number): RichTextDoc {
  const content: RichTextText[] = [];
  let offset = 0;
  for (const run of runs) {
    const runStart = offset;
    offset += run.text.length;
    const from = Math.max(start, runStart);
    const to = Math.min(end, offset);
    if (from >= to) continue;
    content.push({ ...run, text: run.text.slice(from - runStart, to - runStart) });
  }
  return {
    type: 'doc',
    content: [content.length ? { type: 'paragraph', content } : { type: 'paragraph' }],
  };
}

/**
 * A sentence without the plain spaces after it, and those spaces. Between XLIFF segments they go into
 * an <ignorable>: tools trim segment text, and the next sentence would be glued on.
 */
export function withoutTrailingSpace(sentence: AlignedSentence): {
  sentence: AlignedSentence;
  sourceSpace: string;
  targetSpace: string;
} {
  const source = /^([\s\S]*?)(\s*)$/.exec(sentence.source);
  const runs = (sentence.target.content[0]?.content ?? []).filter(
    (inline): inline is RichTextText => inline.type === 'text',
  );
  let targetSpace = '';
  const trimmed = [...runs];
  // Formatted spaces stay in the segment: an <ignorable> carries plain text only.
  while (trimmed.length > 0 && !trimmed[trimmed.length - 1]?.marks?.length) {
    const last = trimmed[trimmed.length - 1] as RichTextText;
    const [, kept = '', space = ''] = /^([\s\S]*?)(\s*)$/.exec(last.text) ?? [];
    targetSpace = space + targetSpace;
    if (kept) {
      trimmed[trimmed.length - 1] = { ...last, text: kept };
      break;
    }
    trimmed.pop();
  }
  return {
    sentence: {
      source: source?.[1] ?? sentence.source,
      target: {
        type: 'doc',
        content: [trimmed.length ? { type: 'paragraph', content: trimmed } : { type: 'paragraph' }],
      },
    },
    sourceSpace: source?.[2] ?? '',
    targetSpace,
  };
}
