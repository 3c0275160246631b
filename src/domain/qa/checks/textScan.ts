/**
 * Scanning helpers for the checks, which go through every text of a whole project: character
 * classes by UTF-16 code unit (cheaper than a regular expression or a one-character string per
 * character), and the matches of a global pattern.
 */

export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

export const isAsciiLetter = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** What `\s` matches. */
export const isWhitespace = (code: number): boolean =>
  (code >= 9 && code <= 13) ||
  code === 0x20 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/**
 * The matches `text.matchAll(pattern)` gives (`pattern` has the g flag), found with `exec`:
 * matchAll makes a new copy of the pattern at each call, as the standard says it must, and on
 * the short texts of segments that costs more than the search (about four times as much in all
 * for the English date pattern).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // As matchAll does, an empty match moves on by one character (one code point with u).
    if (match[0] === '') {
      const code = text.codePointAt(pattern.lastIndex) ?? 0;
      pattern.lastIndex += pattern.unicode && code > 0xffff ? 2 : 1;
    }
  }
  return matches;
}
