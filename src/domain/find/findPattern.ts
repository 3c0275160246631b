import type { CharFold } from '../glossary/charFold';
import { regexProblemOf, type RegexProblem } from './regexProblem';

export interface FindOptions {
  matchCase: boolean;
  wholeWords: boolean;
  regularExpression: boolean;
}

export const defaultFindOptions: FindOptions = {
  matchCase: false,
  wholeWords: false,
  regularExpression: false,
};

/** A half-open range of UTF-16 offsets in the text searched. */
export interface TextMatch {
  start: number;
  end: number;
  /** The regular expression's groups, for `$1` … in a replacement; empty for plain text. */
  groups: readonly (string | undefined)[];
  named: Readonly<Record<string, string | undefined>>;
}

export type FindPattern =
  | { ok: true; find: (text: string) => TextMatch[] }
  | { ok: false; reason: 'empty' }
  | {
      ok: false;
      reason: 'invalidRegularExpression';
      /** The engine's message (in English, and each browser's own). */
      message: string;
      /** The mistake in words the interface can translate, when it is a common one. */
      problem: RegexProblem | null;
    };

/**
 * Compiles what the translator typed in Find, with the options, into a search over plain text.
 * Never throws: an empty query or an invalid regular expression comes back as a reason.
 *
 * With `fold` (the glossary's character fold: Simplified script, half-width, lower case) the
 * search is script-insensitive, as the source is searched: text and query are folded alike, and
 * since the fold keeps every character's length, offsets in the folded text are offsets in the
 * original. Match case still holds for Latin letters there.
 */
export function compileFind(query: string, options: FindOptions, fold?: CharFold): FindPattern {
  if (query === '') return { ok: false, reason: 'empty' };
  const foldChar = fold ? caseAwareFold(fold, options.matchCase) : null;
  const foldText = fold ? cachedFolder(fold, options.matchCase) : null;
  let source: string;
  if (options.regularExpression) {
    source = foldChar ? foldPatternLiterals(query, foldChar) : query;
  } else {
    source = escapeRegExp(foldChar ? foldWith(query, foldChar) : query);
  }
  let regex: RegExp;
  try {
    // Literal text needs no Unicode mode, and case-insensitive matching is much faster without it.
    const unicode = options.regularExpression ? 'u' : '';
    regex = new RegExp(source, `g${unicode}${options.matchCase ? '' : 'i'}`);
  } catch (error) {
    return {
      ok: false,
      reason: 'invalidRegularExpression',
      message: error instanceof Error ? error.message : String(error),
      problem: regexProblemOf(query),
    };
  }
  return {
    ok: true,
    find: (text) => {
      const searched = foldText ? foldText(text) : text;
      return matchesIn(searched, regex, options.wholeWords);
    },
  };
}

function matchesIn(text: string, regex: RegExp, wholeWords: boolean): TextMatch[] {
  const found: TextMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    // An empty match (`^`, `a*`) finds nothing a translator could see or replace.
    if (end === start) {
      regex.lastIndex = start + Math.max(1, charAt(text, start).length);
      continue;
    }
    // A match across a line would join paragraphs: it is neither shown nor replaced.
    if (match[0].includes('\n')) continue;
    if (wholeWords && !isWholeWord(text, start, end)) {
      // Whole words may still be found starting inside this match ("ana" in "banana ana").
      regex.lastIndex = start + 1;
      continue;
    }
    found.push(
      match.length > 1 || match.groups
        ? { start, end, groups: match.slice(1), named: { ...match.groups } }
        : { start, end, groups: noGroups, named: noNames },
    );
  }
  return found;
}

const noGroups: readonly string[] = [];
const noNames: Readonly<Record<string, string>> = {};

/** Sources do not change: each is folded once per fold and case setting, not on every search. */
const folders = new WeakMap<CharFold, Map<boolean, (text: string) => string>>();
const foldedKept = 100_000;

function cachedFolder(fold: CharFold, matchCase: boolean): (text: string) => string {
  let byCase = folders.get(fold);
  if (!byCase) {
    byCase = new Map();
    folders.set(fold, byCase);
  }
  let folder = byCase.get(matchCase);
  if (!folder) {
    const foldUnits = unitFolder(caseAwareFold(fold, matchCase));
    const folded = new Map<string, string>();
    folder = (text) => {
      let known = folded.get(text);
      if (known === undefined) {
        if (folded.size >= foldedKept) folded.clear();
        known = foldUnits(text);
        folded.set(text, known);
      }
      return known;
    };
    byCase.set(matchCase, folder);
  }
  return folder;
}

/**
 * Folds a whole text through a per-code-unit table, filled as characters are first seen: the
 * source of 20,000 segments folds in milliseconds instead of a string per character. The fold keeps
 * lengths, so a Han character (one code unit) folds to one; surrogate pairs are left as they are.
 */
function unitFolder(fold: CharFold): (text: string) => string {
  const table = new Uint16Array(65536);
  const units: number[] = [];
  return (text) => {
    units.length = text.length;
    for (let at = 0; at < text.length; at += 1) {
      const unit = text.charCodeAt(at);
      let folded = table[unit] ?? 0;
      if (folded === 0) {
        const isSurrogate = unit >= 0xd800 && unit <= 0xdfff;
        const char = String.fromCharCode(unit);
        folded = isSurrogate ? unit : fold(char).charCodeAt(0);
        table[unit] = folded;
      }
      units[at] = folded;
    }
    let out = '';
    for (let at = 0; at < units.length; at += 8192)
      out += String.fromCharCode(...units.slice(at, at + 8192));
    return out;
  };
}

const wordChar = /[\p{L}\p{N}_]/u;
const hanChar = /[\p{Script=Han}\u3005\u3007]/u;

/**
 * A word is delimited by anything that is not a letter or digit. Chinese and Japanese text has no
 * spaces between words, so a Han character at either side never joins the match to its neighbour:
 * 互聯網 is a whole word in 產業互聯網, while "net" is not one in "Internet".
 */
function isWholeWord(text: string, start: number, end: number): boolean {
  return (
    !joins(charBefore(text, start), charAt(text, start)) &&
    !joins(charBefore(text, end), charAt(text, end))
  );
}

function joins(left: string, right: string): boolean {
  if (left === '' || right === '') return false;
  if (!wordChar.test(left) || !wordChar.test(right)) return false;
  return !hanChar.test(left) && !hanChar.test(right);
}

function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function charBefore(text: string, offset: number): string {
  if (offset <= 0) return '';
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return text.slice(offset - 2, offset);
  return text.slice(offset - 1, offset);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function foldWith(text: string, fold: CharFold): string {
  let folded = '';
  for (const char of text) folded += fold(char);
  return folded;
}

/**
 * The glossary's fold lower-cases; with Match case a Latin letter keeps its case (the fold still
 * makes it half-width).
 */
function caseAwareFold(fold: CharFold, matchCase: boolean): CharFold {
  if (!matchCase) return fold;
  return (char) => {
    const folded = fold(char);
    const upper = folded.toUpperCase();
    if (upper === folded || upper.length !== folded.length) return folded;
    return fold(char.toLowerCase()) === folded && char !== char.toLowerCase() ? upper : folded;
  };
}

/**
 * In a regular expression only the characters beyond ASCII are folded (a full-width or
 * Traditional character to the form the folded text has); ASCII stays as typed, so `\D` or `[A-Z]`
 * keep their meaning. A full-width character that folds to a syntax character is escaped.
 */
function foldPatternLiterals(pattern: string, fold: CharFold): string {
  let folded = '';
  for (const char of pattern) {
    if ((char.codePointAt(0) ?? 0) < 0x80) {
      folded += char;
      continue;
    }
    const to = fold(char);
    folded += /^[.*+?^${}()|[\]\\/-]$/.test(to) ? `\\${to}` : to;
  }
  return folded;
}
