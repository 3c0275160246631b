import type { QaIssue, QaRange, QaSegment, SegmentCheck } from '../types';
import { allMatches, isAsciiLetter, isWhitespace } from './textScan';
import { hasEnglishToCheck, qaIssue, translationRange } from './issue';

/**
 * Characters and punctuation of the English: CJK punctuation left in it (，。、：；！？「」『』《》
 * （）【】……), full-width letters and digits, Han characters, brackets and quotes that do not
 * balance, double spaces, spaces at either end, a word written twice, and final punctuation
 * that differs from the source's.
 *
 * Decisions:
 * - Han characters left in the English are an error (a part not translated); every other
 *   finding is a warning (style, or a slip the reader forgives).
 * - A single "…" is English typography and not flagged; "……" (the Chinese ellipsis) is.
 * - Brackets and double quotes must balance as the source's do: a paragraph that opens a
 *   bracket closed in the next one (the proposal's disclaimer) is right to leave it open. ’ is
 *   also the apostrophe, so single quotes are flagged only when more ‘ open than ’ close.
 * - A repeated word is flagged case-insensitively ("The the"), except words English repeats
 *   grammatically: "had had", "that that", "is is" ("what it is is"), "was was".
 * - Final punctuation: a source ending with 。！？ (or .!?, after closing quotes and brackets)
 *   needs English ending with . ! ? or …; a question needs a question mark and a statement
 *   must not end with one. A heading without a full stop is fine, but a heading whose source
 *   has no final punctuation should not gain a full stop. A paragraph whose source ends
 *   without punctuation (a title in 《》) may end with a full stop.
 */

const hanRun = /\p{Script=Han}+/gu;
/** CJK symbols and punctuation, full-width forms' punctuation, the Chinese ellipsis. */
const cjkPunctuation = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]|……+/g;
const fullWidthAlphanumeric = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;
const doubleSpaces = / {2,}/g;
const leadingSpace = /^[ \t\u00a0]+/;
const trailingSpace = /[ \t\u00a0]+$/;
/** Whether a text starting or ending with this unit needs the (whole-text) space patterns. */
const isEdgeSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;
const grammaticalRepeats = new Set(['had', 'that', 'is', 'was']);
const closers = new Set(' \t\n\u00a0"\'”’»)）]】」』》〉'.split(''));
/** Anything the character checks look for: most English has none, and is passed over at once. */
const anyWideCharacter = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3ffff}]|……/u;

type Final = 'stop' | 'question' | 'exclamation' | 'none';

function finalOf(text: string): { final: Final; char: string; end: number } {
  let end = text.length;
  while (end > 0 && closers.has(text[end - 1] ?? '')) end -= 1;
  const char = text[end - 1] ?? '';
  if ('。.．…'.includes(char)) return { final: 'stop', char, end };
  if ('？?'.includes(char)) return { final: 'question', char, end };
  if ('！!'.includes(char)) return { final: 'exclamation', char, end };
  return { final: 'none', char, end };
}

/** Net open brackets of each kind, with the unmatched positions in the text. */
const bracketPairs: [string, string, string][] = [
  ['round', '(（', ')）'],
  ['square', '[【〔［', ']】〕］'],
  ['curly', '{｛', '}｝'],
  ['double', '“「『', '”」』'],
];

function balance(text: string, opens: string, closes: string) {
  const unmatchedOpens: number[] = [];
  const unmatchedCloses: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (opens.includes(char)) unmatchedOpens.push(index);
    else if (closes.includes(char)) {
      if (unmatchedOpens.length > 0) unmatchedOpens.pop();
      else unmatchedCloses.push(index);
    }
  }
  return { net: unmatchedOpens.length - unmatchedCloses.length, unmatchedOpens, unmatchedCloses };
}

function straightQuotes(text: string): number[] {
  const positions: number[] = [];
  for (let index = text.indexOf('"'); index >= 0; index = text.indexOf('"', index + 1))
    positions.push(index);
  return positions;
}

/** Per UTF-16 unit: 1 + the bracket pair it opens, or -(1 + the pair) it closes, or 0. */
const bracketTable = new Int8Array(65536);
bracketPairs.forEach(([, opens, closes], pair) => {
  for (const char of opens) bracketTable[char.charCodeAt(0)] = pair + 1;
  for (const char of closes) bracketTable[char.charCodeAt(0)] = -(pair + 1);
});
const anyBracket = new RegExp(
  `[${bracketPairs
    .flatMap(([, opens, closes]) => [...opens, ...closes])
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);

/**
 * Opening less closing brackets of each pair (what `balance` calls net), in one pass: most texts
 * balance as their source does, and only those that do not are scanned again for positions.
 */
function netBrackets(text: string): number[] {
  const net = [0, 0, 0, 0];
  // The search jumps from bracket to bracket: most of a text has none.
  anyBracket.lastIndex = 0;
  while (anyBracket.test(text)) {
    const pair = bracketTable[text.charCodeAt(anyBracket.lastIndex - 1)] ?? 0;
    if (pair > 0) net[pair - 1] = (net[pair - 1] ?? 0) + 1;
    else if (pair < 0) net[-pair - 1] = (net[-pair - 1] ?? 0) - 1;
  }
  return net;
}

function unbalancedIssues(segment: QaSegment): QaIssue[] {
  const issues: QaIssue[] = [];
  const { source, translation } = segment;
  const englishNets = netBrackets(translation);
  const sourceNets = netBrackets(source);
  for (const [pair, [name, opens, closes]] of bracketPairs.entries()) {
    if (englishNets[pair] === sourceNets[pair]) continue;
    const english = balance(translation, opens, closes);
    const original = { net: sourceNets[pair] ?? 0 };
    if (english.net === original.net) continue;
    const positions = english.net > original.net ? english.unmatchedOpens : english.unmatchedCloses;
    if (positions.length === 0) continue;
    issues.push(
      qaIssue(
        'punctuation',
        'warning',
        segment,
        'unbalanced',
        `unbalanced:${name}`,
        { found: positions.map((index) => translation[index]).join(' ') },
        positions.map((index) => translationRange(index, index + 1)),
      ),
    );
  }
  const quotes = straightQuotes(translation);
  if (quotes.length % 2 === 1 && straightQuotes(source).length % 2 === 0) {
    const last = quotes.at(-1) ?? 0;
    issues.push(
      qaIssue(
        'punctuation',
        'warning',
        segment,
        'unbalanced',
        'unbalanced:straight',
        { found: '"' },
        [translationRange(last, last + 1)],
      ),
    );
  }
  let openSingles = 0;
  let closeSingles = 0;
  const lastOpen = translation.lastIndexOf('‘');
  for (let index = lastOpen; index >= 0; index = translation.lastIndexOf('‘', index - 1)) {
    openSingles += 1;
    if (index === 0) break;
  }
  if (openSingles > 0) {
    for (
      let index = translation.indexOf('’');
      index >= 0;
      index = translation.indexOf('’', index + 1)
    )
      closeSingles += 1;
  }
  if (openSingles > closeSingles) {
    issues.push(
      qaIssue(
        'punctuation',
        'warning',
        segment,
        'unbalanced',
        'unbalanced:single',
        { found: '‘' },
        [translationRange(lastOpen, lastOpen + 1)],
      ),
    );
  }
  return issues;
}

/** A run of ASCII letters, whitespace, and the same letters in any case ending a run. */
const mayRepeatWord = /(?<![A-Za-z])([A-Za-z]+)\s+\1(?![A-Za-z])/i;

/**
 * Runs of ASCII letters written twice in any case with only whitespace between ("the the"; "the
 * the the" is two pairs), by lower-case word, except grammatical repeats. Scanned by character
 * code: every translated segment of a project goes through here.
 */
function repeatedWords(text: string): Map<string, { found: string; ranges: QaRange[] }> {
  const repeats = new Map<string, { found: string; ranges: QaRange[] }>();
  // Every pair the scan below finds also matches this (most English has none): one search.
  if (!mayRepeatWord.test(text)) return repeats;
  let previousStart = -1;
  let previousEnd = -1;
  let index = 0;
  while (index < text.length) {
    if (!isAsciiLetter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isAsciiLetter(text.charCodeAt(index))) index += 1;
    const length = index - start;
    if (previousStart >= 0 && previousEnd - previousStart === length) {
      let spaced = true;
      for (let at = previousEnd; at < start && spaced; at += 1)
        spaced = isWhitespace(text.charCodeAt(at));
      let same = spaced;
      // ASCII letters: setting bit 5 lower-cases them.
      for (let at = 0; at < length && same; at += 1)
        same = (text.charCodeAt(previousStart + at) | 32) === (text.charCodeAt(start + at) | 32);
      const lower = same ? text.slice(start, index).toLowerCase() : '';
      if (same && !grammaticalRepeats.has(lower)) {
        const entry = repeats.get(lower) ?? { found: '', ranges: [] };
        entry.found ||= text.slice(previousStart, index);
        entry.ranges.push(translationRange(previousStart, index));
        repeats.set(lower, entry);
      }
    }
    previousStart = start;
    previousEnd = index;
  }
  return repeats;
}

/** One issue per distinct text found by `pattern`, with every place it occurs. */
function grouped(
  segment: QaSegment,
  pattern: RegExp,
  variant: string,
  severity: 'error' | 'warning',
): QaIssue[] {
  const byText = new Map<string, QaRange[]>();
  for (const match of allMatches(pattern, segment.translation)) {
    const ranges = byText.get(match[0]) ?? [];
    ranges.push(translationRange(match.index, match.index + match[0].length));
    byText.set(match[0], ranges);
  }
  return [...byText].map(([found, ranges]) =>
    qaIssue('punctuation', severity, segment, variant, `${variant}:${found}`, { found }, ranges),
  );
}

function finalPunctuationIssue(segment: QaSegment): QaIssue | null {
  const source = finalOf(segment.source);
  const english = finalOf(segment.translation);
  let variant: string | null = null;
  if (source.final === 'none') {
    if (segment.kind === 'heading' && english.final === 'stop' && english.char === '.')
      variant = 'finalExtra';
  } else if (english.final === 'none') variant = 'finalMissing';
  else if ((source.final === 'question') !== (english.final === 'question'))
    variant = 'finalDiffers';
  if (variant === null) return null;
  const { end } = english;
  return qaIssue(
    'punctuation',
    'warning',
    segment,
    variant,
    'final',
    { source: source.char, found: english.char },
    [translationRange(Math.max(0, end - 1), Math.max(end, 1))],
  );
}

export const punctuationCheck: SegmentCheck = {
  id: 'punctuation',
  check(segment) {
    if (!hasEnglishToCheck(segment)) return [];
    const { translation } = segment;
    const issues: QaIssue[] = [];

    if (anyWideCharacter.test(translation)) {
      const han = allMatches(hanRun, translation);
      if (han.length > 0) {
        issues.push(
          qaIssue(
            'punctuation',
            'error',
            segment,
            'han',
            'han',
            { found: han.map((match) => match[0]).join(' ') },
            han.map((match) => translationRange(match.index, match.index + match[0].length)),
          ),
        );
      }
      issues.push(...grouped(segment, cjkPunctuation, 'cjkPunctuation', 'warning'));
      issues.push(...grouped(segment, fullWidthAlphanumeric, 'fullWidth', 'warning'));
    }
    issues.push(...unbalancedIssues(segment));

    const lead = isEdgeSpace(translation.charCodeAt(0)) ? leadingSpace.exec(translation) : null;
    const trail = isEdgeSpace(translation.charCodeAt(translation.length - 1))
      ? trailingSpace.exec(translation)
      : null;
    if (lead) {
      issues.push(
        qaIssue('punctuation', 'warning', segment, 'leadingSpace', 'leadingSpace', {}, [
          translationRange(0, lead[0].length),
        ]),
      );
    }
    if (trail) {
      issues.push(
        qaIssue('punctuation', 'warning', segment, 'trailingSpace', 'trailingSpace', {}, [
          translationRange(trail.index, translation.length),
        ]),
      );
    }
    const doubles: QaRange[] = [];
    // Most English has no two spaces in a row: one search rules them out.
    const spaced = translation.includes('  ') ? allMatches(doubleSpaces, translation) : [];
    for (const match of spaced) {
      const end = match.index + match[0].length;
      // Spaces at either end are reported as such.
      if (match.index === 0 || end === translation.length) continue;
      doubles.push(translationRange(match.index, end));
    }
    if (doubles.length > 0) {
      issues.push(
        qaIssue('punctuation', 'warning', segment, 'doubleSpace', 'doubleSpace', {}, doubles),
      );
    }
    const repeats = repeatedWords(translation);
    for (const [repeatedWord, { found, ranges }] of repeats) {
      issues.push(
        qaIssue(
          'punctuation',
          'warning',
          segment,
          'repeatedWord',
          `repeatedWord:${repeatedWord}`,
          { found },
          ranges,
        ),
      );
    }
    const final = finalPunctuationIssue(segment);
    if (final) issues.push(final);
    return issues;
  },
};
