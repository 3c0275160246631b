import { allMatches, isAsciiDigit, isAsciiLetter, isWhitespace } from './textScan';
import { memoizeLast } from './issue';
import { valueKey, type NumberKind } from './sourceNumbers';

/**
 * Numbers and dates in English: digits (1,200; 3.5; 9bn), number words (seven, twenty-one, a
 * hundred and five, two decades), scales (9 billion, 1.5 trillion), percentages (30%, thirty per
 * cent), ordinals (1st, eleventh), and dates (30 September 2018, September 30, 2018, 2018-09-30,
 * 30 Sept 2018, September 2018). The digits of a date are not numbers here: the dates check
 * compares them.
 */

export interface EnglishNumber {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  /** Values this number stands for (3 in "3-5 million" stands for 3 and 3 million). */
  keys: string[];
  text: string;
}

export interface EnglishDate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  text: string;
}

export interface EnglishAnalysis {
  numbers: EnglishNumber[];
  dates: EnglishDate[];
}

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthByName = new Map<string, number>();
monthNames.forEach((name, index) => {
  monthByName.set(name.toLowerCase(), index + 1);
  monthByName.set(name.slice(0, 3).toLowerCase(), index + 1);
});
monthByName.set('sept', 9);

// Capitalised only: "may" and "march" are verbs too. `(?![a-z])` keeps "Mayor" and "Decimal" out.
const month = `(${[...monthNames, 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'].join('|')})(?![a-z])\\.?`;
const englishDatePattern = new RegExp(
  [
    // 30 September 2018, 30th of September, 2018, 30 Sept
    `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${month}(?:,?\\s+(\\d{4})(?!\\d))?`,
    // September 30, 2018; September 30th
    `\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})(?!\\d))?`,
    // 2018-09-30
    `\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)`,
    // September 2018, September
    `\\b${month}(?:,?\\s+(\\d{4})(?!\\d))?`,
    // 30/09/2018 (day first) or 09/30/2018 (month first), also with - or .
    `\\b(\\d{1,2})([/.-])(\\d{1,2})\\13(\\d{4})(?!\\d)`,
  ].join('|'),
  'g',
);

function findEnglishDates(text: string): EnglishDate[] {
  const dates: EnglishDate[] = [];
  for (const match of allMatches(englishDatePattern, text)) {
    if (match[12] !== undefined) {
      dates.push(...numericDates(match));
      continue;
    }
    const monthName = match[2] ?? match[4] ?? match[10];
    const monthNumber = monthName ? monthByName.get(monthName.toLowerCase()) : Number(match[8]);
    const dayText = match[1] ?? match[5] ?? match[9];
    const yearText = match[3] ?? match[6] ?? match[7] ?? match[11];
    const date: EnglishDate = {
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
    if (monthNumber === undefined || monthNumber < 1 || monthNumber > 12) continue;
    date.month = monthNumber;
    if (dayText !== undefined) {
      const day = Number(dayText);
      if (day < 1 || day > 31) continue;
      date.day = day;
    }
    if (yearText !== undefined) date.year = Number(yearText);
    dates.push(date);
  }
  return dates;
}

/**
 * 05/06/2018 may be 5 June (day first, as in Britain) or May 6 (month first, as in the US):
 * each reading that can be a date is one, and a source date matching either is found.
 */
function numericDates(match: RegExpExecArray): EnglishDate[] {
  const first = Number(match[12]);
  const second = Number(match[14]);
  const year = Number(match[15]);
  const at = { start: match.index, end: match.index + match[0].length, text: match[0] };
  const readings: EnglishDate[] = [];
  if (second >= 1 && second <= 12 && first >= 1 && first <= 31)
    readings.push({ ...at, day: first, month: second, year });
  if (first >= 1 && first <= 12 && second >= 1 && second <= 31 && first !== second)
    readings.push({ ...at, month: first, day: second, year });
  return readings;
}

/** English words for 0–19, and for the tens (index = tens digit; 0 and 1 have none). */
export const smallNumberWords: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
export const tenWords: readonly string[] = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

const smallNumbers = new Map<string, number>(smallNumberWords.map((word, value) => [word, value]));
const tens = new Map<string, number>(
  tenWords.flatMap((word, index): [string, number][] => (word ? [[word, index * 10]] : [])),
);
const smallOrdinals = new Map<string, number>(
  [
    'zeroth',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ].map((word, value) => [word, value]),
);
const tenOrdinals = new Map<string, number>(
  [
    'twentieth',
    'thirtieth',
    'fortieth',
    'fiftieth',
    'sixtieth',
    'seventieth',
    'eightieth',
    'ninetieth',
  ].map((word, index) => [word, (index + 2) * 10]),
);
/** Words that multiply what comes before them: two hundred, a dozen, three decades. */
const multipliers = new Map<string, number>([
  ['hundred', 100],
  ['hundreds', 100],
  ['dozen', 12],
  ['dozens', 12],
  ['decade', 10],
  ['decades', 10],
  ['century', 100],
  ['centuries', 100],
]);
const scales = new Map<string, number>([
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['bn', 1e9],
  ['tn', 1e12],
  ['mn', 1e6],
]);
/** Scales written right after digits: 9bn, 35k, 9m. */
const attachedScales = new Map<string, number>([...scales, ['k', 1e3], ['m', 1e6], ['b', 1e9]]);
const ordinalMultipliers = new Map<string, number>([
  ['hundredth', 100],
  ['thousandth', 1e3],
  ['millionth', 1e6],
  ['billionth', 1e9],
]);
/** Words that are numbers on their own. */
const standaloneWords = new Map<string, number>([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
  ['both', 2],
  ['pair', 2],
  ['couple', 2],
  ['dozen', 12],
  ['decade', 10],
  ['century', 100],
]);
const ordinalSuffixes = new Set(['st', 'nd', 'rd', 'th']);
const romanDigits = new Map([
  ['I', 1],
  ['V', 5],
  ['X', 10],
]);
const romanNumeral = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words a Roman numeral numbers: Proposal I, Part II. Elsewhere a lone "I" is the pronoun. */
const numberedWords = new Set([
  'proposal',
  'part',
  'chapter',
  'article',
  'section',
  'phase',
  'stage',
  'volume',
  'book',
  'step',
  'measure',
  'point',
]);

/** II → 2, XIV → 14 (up to 39, enough for numbered parts). */
function romanValue(token: Token, previous: Token | undefined): number | null {
  const { text } = token;
  if (text === '' || !romanNumeral.test(text)) return null;
  if (text.length === 1 && !numberedWords.has(previous?.lower ?? '')) return null;
  let value = 0;
  for (let index = 0; index < text.length; index += 1) {
    const digit = romanDigits.get(text[index] ?? '') ?? 0;
    const next = romanDigits.get(text[index + 1] ?? '') ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value;
}
const rangeWords = new Set(['-', '–', '—', '~', 'to', 'and']);

interface Token {
  type: 'number' | 'word' | 'percent' | 'other';
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The text's tokens, as `/(\d+(?:,\d{3})*(?:\.\d+)?)|([A-Za-z]+)|(%)|(\S)/g` would find them
 * (digits with thousands separators and decimals, ASCII words, %, any other character but
 * whitespace), scanned by character code: every English text with a number in its source goes
 * through here.
 */
function tokenize(text: string, dates: readonly EnglishDate[]): Token[] {
  const tokens: Token[] = [];
  let dateIndex = 0;
  const { length } = text;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isWhitespace(code)) {
      at += 1;
      continue;
    }
    const start = at;
    let type: Token['type'];
    if (isAsciiDigit(code)) {
      type = 'number';
      at = digitsEnd(text, at);
    } else if (isAsciiLetter(code)) {
      type = 'word';
      at += 1;
      while (at < length && isAsciiLetter(text.charCodeAt(at))) at += 1;
    } else {
      type = code === 37 ? 'percent' : 'other';
      at += 1;
    }
    while (dates[dateIndex] !== undefined && (dates[dateIndex]?.end ?? 0) <= start) dateIndex += 1;
    const date = dates[dateIndex];
    const token = text.slice(start, at);
    // Only ASCII words change in lower case (no other single character lower-cases to a word).
    const lower = type === 'word' ? token.toLowerCase() : token;
    // Inside a date: a separator, so "30 September 2018 and 20" does not join 2018 to 20.
    if (date !== undefined && start >= date.start) type = 'other';
    tokens.push({ type, text: token, lower, start, end: at });
  }
  return tokens;
}

/** The end of `\d+(?:,\d{3})*(?:\.\d+)?` matched at `at`, a digit. */
function digitsEnd(text: string, at: number): number {
  let end = at + 1;
  while (isAsciiDigit(text.charCodeAt(end))) end += 1;
  while (
    text.charCodeAt(end) === 44 &&
    isAsciiDigit(text.charCodeAt(end + 1)) &&
    isAsciiDigit(text.charCodeAt(end + 2)) &&
    isAsciiDigit(text.charCodeAt(end + 3))
  )
    end += 4;
  if (text.charCodeAt(end) === 46 && isAsciiDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isAsciiDigit(text.charCodeAt(end))) end += 1;
  }
  return end;
}

const isNumberWord = (word: string) =>
  smallNumbers.has(word) ||
  tens.has(word) ||
  smallOrdinals.has(word) ||
  tenOrdinals.has(word) ||
  (multipliers.has(word) && !word.endsWith('s')) ||
  ordinalMultipliers.has(word) ||
  (scales.has(word) && word.length > 2 && !word.endsWith('s'));

/** Reads "percent", "per cent", "%", "percentage points" at token `at`; returns tokens used. */
function percentAt(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token) return 0;
  if (token.type === 'percent') return 1;
  if (token.lower === 'percent') return 1;
  if (token.lower === 'per' && tokens[at + 1]?.lower === 'cent') return 2;
  if (token.lower === 'percentage' && /^points?$/.test(tokens[at + 1]?.lower ?? '')) return 2;
  return 0;
}

interface Parsed {
  value: number;
  kind: NumberKind;
  next: number;
  /** The scale written after the number (1 when none): shared with a range's first end. */
  scale: number;
}

/** Digits at `at`, with what follows: 9 billion, 9bn, 3rd, 30%, 2 decades, 9,000 million. */
function parseDigits(tokens: readonly Token[], at: number): Parsed {
  const token = tokens[at] as Token;
  let value = Number(token.text.replaceAll(',', ''));
  let next = at + 1;
  let scale = 1;
  const attached = tokens[next];
  if (attached && attached.type === 'word' && attached.start === token.end) {
    if (ordinalSuffixes.has(attached.lower))
      return { value, kind: 'cardinal', next: next + 1, scale };
    const factor = attachedScales.get(attached.lower);
    if (factor !== undefined) {
      scale *= factor;
      next += 1;
    }
  }
  for (;;) {
    const word = tokens[next];
    const factor = word && (scales.get(word.lower) ?? multipliers.get(word.lower));
    if (!word || word.type !== 'word' || factor === undefined) break;
    scale *= factor;
    next += 1;
  }
  value *= scale;
  const percent = percentAt(tokens, next);
  if (percent > 0) return { value, kind: 'percent', next: next + percent, scale };
  return { value, kind: 'cardinal', next, scale };
}

/** Number words at `at`: seven, twenty-one, a hundred and five, two decades, eleventh. */
function parseWords(tokens: readonly Token[], at: number): Parsed | null {
  let total = 0;
  let current = 0;
  let next = at;
  let seen = false;
  let previous: 'small' | 'ten' | 'multiplier' | null = null;
  let scale = 1;
  const first = tokens[at];
  if (first && (first.lower === 'a' || first.lower === 'an')) {
    const word = tokens[at + 1]?.lower ?? '';
    if (!multipliers.has(word) && !scales.has(word)) return null;
    current = 1;
    next += 1;
  }
  while (next < tokens.length) {
    const token = tokens[next] as Token;
    const word = token.lower;
    if (token.type !== 'word' && !(token.text === '-' && seen)) break;
    if (token.text === '-' || (word === 'and' && seen)) {
      const following = tokens[next + 1]?.lower ?? '';
      if (!isNumberWord(following)) break;
      next += 1;
      continue;
    }
    const small = smallNumbers.get(word) ?? smallOrdinals.get(word);
    const ten = tens.get(word) ?? tenOrdinals.get(word);
    const ordinal =
      smallOrdinals.has(word) || tenOrdinals.has(word) || ordinalMultipliers.has(word);
    if (small !== undefined) {
      if (previous === 'small') break;
      current += small;
      previous = 'small';
    } else if (ten !== undefined) {
      if (previous === 'small' || previous === 'ten') break;
      current += ten;
      previous = 'ten';
    } else if (multipliers.has(word) || ordinalMultipliers.has(word)) {
      const factor = multipliers.get(word) ?? ordinalMultipliers.get(word) ?? 1;
      if (!seen && current === 0) break;
      if (factor >= 1e3) {
        total += (current || 1) * factor;
        current = 0;
      } else current = (current || 1) * factor;
      scale = factor;
      previous = 'multiplier';
    } else if (scales.has(word) && (seen || current > 0)) {
      const factor = scales.get(word) ?? 1;
      total += (current || 1) * factor;
      current = 0;
      scale = factor;
      previous = 'multiplier';
    } else break;
    seen = true;
    next += 1;
    if (ordinal) break;
  }
  if (!seen) return null;
  const value = total + current;
  const percent = percentAt(tokens, next);
  if (percent > 0) return { value, kind: 'percent', next: next + percent, scale };
  return { value, kind: 'cardinal', next, scale };
}

/** Denominators written as words: a third, two-thirds, three quarters, one half. */
const denominators = new Map<string, number>([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['seventh', 7],
  ['sevenths', 7],
  ['eighth', 8],
  ['eighths', 8],
  ['ninth', 9],
  ['ninths', 9],
  ['tenth', 10],
  ['tenths', 10],
]);

/** A proper fraction read up to token `next`, or null. */
function fraction(numerator: number, denominator: number, next: number): Parsed | null {
  return numerator > 0 && numerator < denominator
    ? { value: numerator / denominator, kind: 'cardinal', next, scale: 1 }
    : null;
}

/**
 * A fraction at token `at`: "a third", "one third", "two-thirds", "1/3", "half". `parsed` is
 * what was read there as a whole number (its `next` is where a denominator word would be).
 * Only proper fractions with a denominator up to 10: "24/7" and "9/11" stay what they were.
 */
function fractionAt(tokens: readonly Token[], at: number, parsed: Parsed | null): Parsed | null {
  const token = tokens[at] as Token;
  if (token.type === 'number') {
    const slash = tokens[at + 1];
    const below = tokens[at + 2];
    if (
      slash?.text === '/' &&
      slash.start === token.end &&
      below?.type === 'number' &&
      below.start === slash.end &&
      /^\d+$/.test(token.text) &&
      /^\d+$/.test(below.text) &&
      Number(below.text) <= 10
    )
      return fraction(Number(token.text), Number(below.text), at + 3);
    return null;
  }
  if (token.type !== 'word') return null;
  if (token.lower === 'half') return fraction(1, 2, at + 1);
  // "a third", "an eighth": the article is the numerator.
  if (token.lower === 'a' || token.lower === 'an') {
    const denominator = denominators.get(tokens[at + 1]?.lower ?? '');
    return denominator === undefined ? null : fraction(1, denominator, at + 2);
  }
  if (!parsed || parsed.kind !== 'cardinal' || parsed.scale !== 1) return null;
  // "one third", not "the first quarter".
  const numerator = tokens[parsed.next - 1]?.lower ?? '';
  if (!smallNumbers.has(numerator) && !tens.has(numerator)) return null;
  let next = parsed.next;
  if (tokens[next]?.text === '-' && tokens[next]?.start === tokens[next - 1]?.end) next += 1;
  const denominator = denominators.get(tokens[next]?.lower ?? '');
  return denominator === undefined ? null : fraction(parsed.value, denominator, next + 1);
}

/**
 * Every word `parseWords` or `standaloneWords` can start a number with: the other words of a
 * text (most of them) are passed over without trying to read a number there.
 */
const mayBeNumberWord = new Set([
  'a',
  'an',
  'half',
  ...smallNumbers.keys(),
  ...tens.keys(),
  ...smallOrdinals.keys(),
  ...tenOrdinals.keys(),
  ...multipliers.keys(),
  ...ordinalMultipliers.keys(),
  ...scales.keys(),
  ...standaloneWords.keys(),
]);
const mayBeRoman = (token: Token) => romanDigits.has(token.text[0] ?? '');

function analyse(text: string): EnglishAnalysis {
  const dates = findEnglishDates(text);
  const tokens = tokenize(text, dates);
  const numbers: EnglishNumber[] = [];
  let index = 0;
  let previousNext = -1;
  let previousScale = 1;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    let parsed: Parsed | null = null;
    if (token.type === 'number') parsed = parseDigits(tokens, index);
    else if (token.type === 'word' && (mayBeNumberWord.has(token.lower) || mayBeRoman(token))) {
      parsed = parseWords(tokens, index);
      const alone = standaloneWords.get(token.lower) ?? romanValue(token, tokens[index - 1]);
      if (!parsed && alone !== undefined && alone !== null)
        parsed = { value: alone, kind: 'cardinal', next: index + 1, scale: 1 };
    }
    const fraction = fractionAt(tokens, index, parsed);
    if (fraction) parsed = fraction;
    if (!parsed) {
      index += 1;
      continue;
    }
    const last = tokens[parsed.next - 1] as Token;
    const number: EnglishNumber = {
      start: token.start,
      end: last.end,
      value: parsed.value,
      kind: parsed.kind,
      keys: [valueKey(parsed.kind, parsed.value)],
      text: text.slice(token.start, last.end),
    };
    // 3-5 million, 3 to 5%: the first end stands for 3 million, 3% as well.
    const previous = numbers.at(-1);
    const joiner = tokens[index - 1];
    if (
      previous &&
      previousNext === index - 1 &&
      joiner &&
      rangeWords.has(joiner.lower) &&
      (previousScale === 1 || previous.kind !== number.kind)
    ) {
      const factor = previousScale === 1 ? parsed.scale : 1;
      const key = valueKey(number.kind, previous.value * factor);
      if (!previous.keys.includes(key)) previous.keys.push(key);
    }
    numbers.push(number);
    previousNext = parsed.next;
    previousScale = parsed.scale;
    index = parsed.next;
  }
  return { numbers, dates };
}

/** Numbers and dates of an English text (the last result is kept for the next check). */
export const analyseEnglish = memoizeLast(analyse);
