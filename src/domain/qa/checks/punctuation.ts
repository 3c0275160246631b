import type { QaIssue, QaRange, QaSegment, SegmentCheck } from '../types';
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
const word = /[A-Za-z]+/g;
const onlySpace = /^\s+$/;
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

function unbalancedIssues(segment: QaSegment): QaIssue[] {
  const issues: QaIssue[] = [];
  const { source, translation } = segment;
  for (const [name, opens, closes] of bracketPairs) {
    if (!hasAny(translation, opens + closes) && !hasAny(source, opens + closes)) continue;
    const english = balance(translation, opens, closes);
    const original = balance(source, opens, closes);
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
  let lastOpen = -1;
  for (let index = 0; index < translation.length; index += 1) {
    if (translation[index] === '‘') {
      openSingles += 1;
      lastOpen = index;
    } else if (translation[index] === '’') closeSingles += 1;
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

function hasAny(text: string, chars: string): boolean {
  for (const char of chars) if (text.includes(char)) return true;
  return false;
}

/** One issue per distinct text found by `pattern`, with every place it occurs. */
function grouped(
  segment: QaSegment,
  pattern: RegExp,
  variant: string,
  severity: 'error' | 'warning',
): QaIssue[] {
  const byText = new Map<string, QaRange[]>();
  for (const match of segment.translation.matchAll(pattern)) {
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
  const issue = (variant: string, end: number) =>
    qaIssue(
      'punctuation',
      'warning',
      segment,
      variant,
      'final',
      { source: source.char, found: english.char },
      [translationRange(Math.max(0, end - 1), Math.max(end, 1))],
    );
  if (source.final === 'none') {
    return segment.kind === 'heading' && english.final === 'stop' && english.char === '.'
      ? issue('finalExtra', english.end)
      : null;
  }
  if (english.final === 'none') return issue('finalMissing', english.end);
  if ((source.final === 'question') !== (english.final === 'question'))
    return issue('finalDiffers', english.end);
  return null;
}

export const punctuationCheck: SegmentCheck = {
  id: 'punctuation',
  check(segment) {
    if (!hasEnglishToCheck(segment)) return [];
    const { translation } = segment;
    const issues: QaIssue[] = [];

    if (anyWideCharacter.test(translation)) {
      const han = [...translation.matchAll(hanRun)];
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

    const lead = leadingSpace.exec(translation);
    const trail = trailingSpace.exec(translation);
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
    for (const match of translation.matchAll(doubleSpaces)) {
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
    const repeats = new Map<string, { found: string; ranges: QaRange[] }>();
    let previous: RegExpExecArray | null = null;
    for (const match of translation.matchAll(word)) {
      const lower = match[0].toLowerCase();
      const repeated =
        previous !== null &&
        previous[0].toLowerCase() === lower &&
        !grammaticalRepeats.has(lower) &&
        onlySpace.test(translation.slice(previous.index + previous[0].length, match.index));
      if (repeated && previous) {
        const entry = repeats.get(lower) ?? { found: '', ranges: [] };
        entry.found ||= translation.slice(previous.index, match.index + match[0].length);
        entry.ranges.push(translationRange(previous.index, match.index + match[0].length));
        repeats.set(lower, entry);
      }
      previous = match;
    }
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
