export interface TranslationProgress {
  /** Source characters of segments that are to be translated. */
  totalCharacters: number;
  /** Of those, characters in segments confirmed as translated or reviewed. */
  doneCharacters: number;
  /** 0–100; never shows 0 once something is done, nor 100 before everything is. */
  percent: number;
}

/**
 * Counts text the way CAT tools (Trados, memoQ) count Chinese: each Chinese character (and
 * Japanese kana) is one, each run of other letters or digits (`2018`, `5G`, `AI`) is one word,
 * and punctuation and spaces count for nothing. A `.` or `,` between digits (`1.5`, `130,000`)
 * and an apostrophe or hyphen inside a word (`year’s`, `e-commerce`) do not split it. For a
 * Chinese source this is its "characters"; for an English translation, its words.
 *
 * It runs over every segment when a project opens and when Statistics are computed, so it walks
 * UTF-16 code units against a table filled once per distinct character instead of running a
 * regular expression per segment, which measured twice as slow over 20,000 segments.
 */
export function countCharacters(text: string): number {
  let count = 0;
  let previous: CharKind = separator;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let kind: CharKind;
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
      kind = classify(text.slice(index, index + 2));
      index += 1;
    } else {
      kind = kindOf(code);
    }
    if (kind === ideograph) {
      count += 1;
    } else if (kind === letter || kind === digit) {
      if (previous !== letter && previous !== digit) count += 1;
    } else if (joinsWord(code, previous, kindOf(text.charCodeAt(index + 1)))) {
      // Stay inside the word: what follows continues it.
      continue;
    }
    previous = kind;
  }
  return count;
}

const separator = 1;
const ideograph = 2;
const letter = 3;
const digit = 4;
type CharKind = typeof separator | typeof ideograph | typeof letter | typeof digit;

const ideographPattern = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const letterPattern = /^[\p{L}\p{M}]$/u;
const digitPattern = /^\p{N}$/u;

function classify(char: string): CharKind {
  if (ideographPattern.test(char)) return ideograph;
  if (letterPattern.test(char)) return letter;
  return digitPattern.test(char) ? digit : separator;
}

/** Kinds of the Basic Multilingual Plane, each worked out the first time it is met. */
const bmpKinds = new Uint8Array(0x10000);

function kindOf(code: number): CharKind {
  if (Number.isNaN(code)) return separator;
  let kind = bmpKinds[code] as CharKind | 0;
  if (kind === 0) {
    kind = classify(String.fromCharCode(code));
    bmpKinds[code] = kind;
  }
  return kind;
}

function joinsWord(code: number, previous: CharKind, next: CharKind): boolean {
  // . and , between digits: 1.5, 130,000
  if (code === 0x2e || code === 0x2c) return previous === digit && next === digit;
  // ' ’ - inside a word: year’s, e-commerce
  if (code === 0x27 || code === 0x2019 || code === 0x2d) {
    return (previous === letter || previous === digit) && (next === letter || next === digit);
  }
  return false;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** English words of a translation: the same rule, under the name the reader expects. */
export const countWords = countCharacters;

/** Percent for display, as the progress bar shows it. */
export function displayPercent(done: number, total: number): number {
  if (total === 0 || done === 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(1, Math.round((done / total) * 100)));
}
