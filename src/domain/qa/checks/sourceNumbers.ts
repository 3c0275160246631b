import { memoizeLast } from './issue';
import { allMatches } from './textScan';

/**
 * Numbers and dates in a Chinese source, as data the English must carry.
 *
 * Which Chinese numerals are data and which are prose (the rule the numbers check relies on):
 * - Arabic digits are always data (90億, 3.5萬, 20年, 30%, 2020).
 * - Chinese numerals are data when introduced by 第 (an ordinal: 第一 → first) or 百分之 (a
 *   percentage), when the number is written with more than one numeral (十一, 二十, 一千二百,
 *   三萬), when a numeral of 2 or more stands before a classifier or unit (七份, 八項, 兩個, 十年)
 *   or before an approximation (十多個), and when a numeral stands on its own, followed by
 *   punctuation or the end of the text (建議一: → Proposal 1; 二、 → 2.).
 * - Otherwise a numeral is prose. A lone 一 before a classifier is the English article, or
 *   nothing (一套 → a, 一文, 一年多 → more than a year, 新一輪, 下一個); a numeral inside a
 *   word is part of the word (進一步, 一些, 一起, 一體化, 統一, 兩會, 兩者, 兩岸, 百花齊放);
 *   a scale after 數/幾/上/成 is vague (數百家 → hundreds of firms).
 * - Words that would pass the rules above but are not quantities are listed in `proseWords`
 *   (十分 → very, 萬一 → in case, 唯一 → only, 第三方 → third-party, 云開千朵 → a slogan).
 * - Fractions are numbers: 三分之一 is a third (1/3), 三成 three tenths (30 %); 百分之 is read as a
 *   percentage. Numerals that do not form a number (五四) are not checked, and plans named by
 *   their number (十四五, the 14th Five-Year Plan) are in `proseWords`.
 * Dates (2018年9月30日, 二〇一八年, 9月30日, 9月, 2018-09-30) are left to the dates check: their
 * numerals are not numbers here, so a wrong date is one issue, not two.
 */

export type NumberKind = 'cardinal' | 'percent';

export interface SourceNumber {
  /** Offsets of the numeral (with 第 or 百分之 when present): what is highlighted. */
  start: number;
  end: number;
  value: number;
  /** Ordinals count as cardinals: 第一 is satisfied by "first", "1st" or "Proposal 1". */
  kind: NumberKind;
  ordinal: boolean;
  /** 十多個, 二十餘年, 十來天: any English number close to the value will do. */
  approximate: boolean;
  /** Match keys this number accepts (3至5萬 gives 3 the key of 30,000 as well). */
  keys: string[];
  /** The numeral with its classifier (七份, 十一個), for messages. */
  label: string;
}

export interface SourceDate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  label: string;
}

export interface SourceAnalysis {
  numbers: SourceNumber[];
  dates: SourceDate[];
}

const numeralDigits = new Map<string, number>([
  ['〇', 0],
  ['零', 0],
  ['一', 1],
  ['二', 2],
  ['兩', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const numeralUnits = new Map<string, number>([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const numeralScales = new Map<string, number>([
  ['萬', 1e4],
  ['万', 1e4],
  ['億', 1e8],
  ['亿', 1e8],
  ['兆', 1e12],
]);
/** Scale characters that may follow Arabic digits: 5百萬, 3.5萬, 90億. */
const digitScales = new Map<string, number>([['百', 100], ['千', 1000], ...numeralScales]);

// A whole project's sources are scanned character by character: a table indexed by UTF-16 unit
// answers "is this a numeral?" without building a one-character string per character.
const numeralUnitTable = new Uint8Array(65536);
for (const char of [...numeralDigits.keys(), ...numeralUnits.keys(), ...numeralScales.keys()])
  numeralUnitTable[char.charCodeAt(0)] = 1;
const isNumeral = (char: string) => char.length === 1 && numeralUnitTable[char.charCodeAt(0)] === 1;
const isNumeralAt = (text: string, index: number) => numeralUnitTable[text.charCodeAt(index)] === 1;
/** Where a number may start: ASCII digits (full-width ones are made ASCII first) and numerals. */
const numberStartTable = Uint8Array.from(numeralUnitTable);
for (let digit = 48; digit <= 57; digit += 1) numberStartTable[digit] = 1;
const isAsciiDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Classifiers and units after which a numeral counts things (七份, 八項, 十年, 五公里). */
const classifiers = new Set(
  '個个份項项條条名位家次年月天日周週歲岁倍米噸吨元塊块人隻只件種种類类點点張张本篇部輛辆臺台架艘座所間间層层級级期屆届輪轮批套支根頁页章節节句段場场回遍趟號号分秒度克斤畝亩戶户口頭头匹棵顆颗粒滴封筆笔道門门樣样大'.split(
    '',
  ),
);
const multiCharClassifiers = [
  '公里',
  '公斤',
  '小時',
  '小时',
  '方面',
  '美元',
  '港元',
  '歐元',
  '欧元',
  '英鎊',
  '英镑',
  '平方',
];
/** After a numeral: approximately (十多個, 二十餘年, 十來天, 三十幾歲). */
const approximateMarkers = new Set('多餘余來来幾几'.split(''));
/** Before a bare scale: an unspecified multiple (數百 → hundreds, 上萬 → tens of thousands). */
const vagueMultipliers = new Set('數数幾几上成'.split(''));
/** After 成, characters that make it a word of its own (成員 member, 成本 cost), not tenths. */
const tenthsExceptions = new Set('員员本果就績绩為为立功長长熟品分語语型千'.split(''));
/** Joins the two ends of a range: 3至5萬, 3-5%, 三到五年. */
const rangeJoiners = new Set('-~～—–－至到'.split(''));

/**
 * Words that contain numerals and pass the rules above yet are not quantities: idioms, adverbs,
 * set phrases. Each covers its numerals wherever the word occurs.
 */
const proseWords = [
  '十分',
  '萬一',
  '万一',
  '唯一',
  '統一',
  '统一',
  '之一',
  '專一',
  '专一',
  '合一',
  '劃一',
  '划一',
  '同一',
  '一一',
  '第三方',
  '第三者',
  '第二天',
  '第二年',
  '第一時間',
  '第一时间',
  '第一線',
  '第一线',
  '千萬別',
  '千万别',
  '千萬不',
  '千万不',
  '千萬要',
  '千万要',
  '萬歲',
  '万岁',
  '百分百',
  '成千上萬',
  '成千上万',
  '千千萬萬',
  '千千万万',
  '三三兩兩',
  '三三两两',
  '三五成群',
  '一五一十',
  '七七八八',
  '十之八九',
  '九九歸一',
  '九九归一',
  '不管三七二十一',
  '亂七八糟',
  '乱七八糟',
  '四面八方',
  '五湖四海',
  '千方百計',
  '千方百计',
  '千變萬化',
  '千变万化',
  '千家萬戶',
  '千家万户',
  '百花齊放',
  '百花齐放',
  '一分為二',
  '一分为二',
  '合二為一',
  '合二为一',
  '獨一無二',
  '独一无二',
  '說一不二',
  '说一不二',
  '接二連三',
  '接二连三',
  '一成不變',
  '一成不变',
  // Plans named by their number: the 14th Five-Year Plan, not "fourteen" and "five".
  '十一五',
  '十二五',
  '十三五',
  '十四五',
  '十五五',
  '云開千朵',
  '云开千朵',
  '雲開千朵',
];

/** For each numeral, the prose words containing it and where: checked only at numerals. */
const proseWordsByNumeral = new Map<string, { word: string; offset: number }[]>();
for (const word of proseWords) {
  [...word].forEach((char, offset) => {
    if (!isNumeral(char)) return;
    const list = proseWordsByNumeral.get(char) ?? [];
    list.push({ word, offset });
    proseWordsByNumeral.set(char, list);
  });
}

function isProseAt(text: string, index: number): boolean {
  if (!isNumeralAt(text, index)) return false;
  const candidates = proseWordsByNumeral.get(text[index] ?? '');
  if (!candidates) return false;
  for (const { word, offset } of candidates) {
    if (
      index >= offset &&
      text.startsWith(word, index - offset) &&
      // 十分之一 is a tenth, not 十分 "very".
      !(word === '十分' && text[index - offset + 2] === '之')
    )
      return true;
  }
  return false;
}

const hanPattern = /\p{Script=Han}/u;
const isHan = (char: string | undefined) => char !== undefined && hanPattern.test(char);

/** Length of the classifier at `index`, or 0. */
function classifierLength(text: string, index: number): number {
  for (const word of multiCharClassifiers) if (text.startsWith(word, index)) return word.length;
  return classifiers.has(text[index] ?? '') ? 1 : 0;
}

/**
 * The value of a Chinese numeral written positionally (十一, 一千零五, 三億五千萬, 一萬億), or null
 * when it is not one (三四 is "three or four", 二〇一八 is read digit by digit).
 */
export function parseChineseNumeral(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  let previousWasDigit = false;
  let previousDigit = 0;
  let largestScale = 0;
  for (const char of text) {
    const value = numeralDigits.get(char);
    if (value !== undefined) {
      // 九〇, 三四: a digit right after a non-zero digit is not positional (一千零五 is).
      if (previousWasDigit && previousDigit !== 0) return null;
      digit = value;
      previousDigit = value;
      previousWasDigit = true;
      continue;
    }
    previousWasDigit = false;
    const unit = numeralUnits.get(char);
    if (unit !== undefined) {
      section += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
      continue;
    }
    const scale = numeralScales.get(char);
    if (scale === undefined) return null;
    section += digit;
    digit = 0;
    if (section === 0 && total === 0) section = 1;
    if (scale > largestScale) {
      total = (total + section) * scale;
      largestScale = scale;
    } else total += section * scale;
    section = 0;
  }
  return total + section + digit;
}

/** 二〇一八 → 2018: numerals read one digit at a time, as years are. */
function digitByDigit(text: string): number | null {
  let value = 0;
  for (const char of text) {
    const digit = numeralDigits.get(char);
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** A canonical key for comparing values: 35000 and 3.5e4 give the same key. */
export function valueKey(kind: NumberKind, value: number): string {
  const prefix = kind === 'percent' ? 'p' : 'n';
  // Whole numbers below 10^12 are their own 12-digit rounding (and most values are whole).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return `${prefix}${value}`;
  return `${prefix}${Number(value.toPrecision(12))}`;
}

const yearPart = '(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年';
const monthPart = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月';
const dayPart = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日號号]';
/** Y年(M月(D日)), M月D日, ISO-like 2018-09-30 / 2018/9/30 / 2018.9.30, M月. */
const sourceDatePattern = new RegExp(
  `(?<![\\d〇零一二三四五六七八九十百千])(?:${yearPart}(?:${monthPart}(?:${dayPart})?)?|${monthPart}${dayPart}|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)|${monthPart})`,
  'g',
);

function dateNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  return (text.length === 4 ? digitByDigit(text) : parseChineseNumeral(text)) ?? undefined;
}

/** Every date has 年 or 月, or is written 2018-09-30: most text is passed over by this alone. */
const mayHaveDate = /[年月]|\d{4}[-/.]\d/;

function findSourceDates(text: string): SourceDate[] {
  const dates: SourceDate[] = [];
  if (!mayHaveDate.test(text)) return dates;
  for (const match of allMatches(sourceDatePattern, text)) {
    const year = dateNumber(match[1] ?? match[6]);
    const month = dateNumber(match[2] ?? match[4] ?? match[7] ?? match[9]);
    const day = dateNumber(match[3] ?? match[5] ?? match[8]);
    if (month !== undefined && (month < 1 || month > 12)) continue;
    if (day !== undefined && (day < 1 || day > 31)) continue;
    const date: SourceDate = { start: match.index, end: match.index + match[0].length, label: '' };
    if (year !== undefined) date.year = year;
    if (month !== undefined) date.month = month;
    if (day !== undefined) date.day = day;
    date.label = match[0];
    dates.push(date);
  }
  return dates;
}

const fullWidthDigit = /[０-９．，％]/g;
const fromFullWidth = (char: string) => String.fromCharCode(char.charCodeAt(0) - 0xfee0);

interface NumberOptions {
  kind?: NumberKind;
  ordinal?: boolean;
  approximate?: boolean;
  labelEnd?: number;
}

// The helpers of `analyse` are module functions, not closures made on each call: a whole
// project's sources go through it one after another.

function pushNumber(
  numbers: SourceNumber[],
  raw: string,
  start: number,
  end: number,
  value: number,
  options: NumberOptions,
): void {
  const kind = options.kind ?? 'cardinal';
  numbers.push({
    start,
    end,
    value,
    kind,
    ordinal: options.ordinal ?? false,
    approximate: options.approximate ?? false,
    keys: [valueKey(kind, value)],
    label: raw.slice(start, Math.max(end, options.labelEnd ?? end)),
  });
}

/** 3至5萬, 3-5%: the first end takes the second's scale or percent sign as an alternative. */
function shareWithRangeStart(
  numbers: SourceNumber[],
  text: string,
  start: number,
  scale: number,
  kind: NumberKind,
): void {
  const previous = numbers.at(-1);
  if (!previous || (scale === 1 && kind === previous.kind)) return;
  let gap = previous.end;
  let joined = false;
  while (gap < start && (text[gap] === ' ' || rangeJoiners.has(text[gap] ?? ''))) {
    joined ||= text[gap] !== ' ';
    gap += 1;
  }
  if (gap === start && joined) previous.keys.push(valueKey(kind, previous.value * scale));
}

/** Scale characters, an approximation and % after Arabic digits ending at `at`. */
function readSuffix(text: string, at: number) {
  let end = at;
  let scale = 1;
  let approximate = false;
  let percent = false;
  for (;;) {
    const char = text[end] ?? '';
    const factor = digitScales.get(char);
    if (factor !== undefined) {
      scale *= factor;
      end += 1;
    } else if (approximateMarkers.has(char) && !approximate) {
      approximate = true;
      end += 1;
    } else if (char === '%' && !percent) {
      percent = true;
      end += 1;
    } else break;
  }
  return { end, scale, approximate, percent };
}

function analyse(raw: string): SourceAnalysis {
  // Full-width digits and signs become ASCII, one character for one, so offsets still hold.
  const text = raw.replace(fullWidthDigit, fromFullWidth);
  const dates = findSourceDates(text);
  const numbers: SourceNumber[] = [];
  let dateIndex = 0;
  let index = 0;
  while (index < text.length) {
    const date = dates[dateIndex];
    if (date && index >= date.start) {
      index = Math.max(index, date.end);
      dateIndex += 1;
      continue;
    }
    // Most characters are neither digits nor numerals: the scan skips to the next one.
    if (numberStartTable[text.charCodeAt(index)] !== 1) {
      index += 1;
      while (index < text.length && numberStartTable[text.charCodeAt(index)] !== 1) index += 1;
      continue;
    }
    const limit = date ? date.start : text.length;
    const start = index;
    const percentPrefix = text.startsWith('百分之', index) && !isProseAt(text, index);
    if (percentPrefix) index += 3;

    if (isAsciiDigit(text[index])) {
      let end = index;
      while (isAsciiDigit(text[end])) end += 1;
      while (
        text[end] === ',' &&
        isAsciiDigit(text[end + 1]) &&
        isAsciiDigit(text[end + 2]) &&
        isAsciiDigit(text[end + 3]) &&
        !isAsciiDigit(text[end + 4])
      )
        end += 4;
      if (text[end] === '.' && isAsciiDigit(text[end + 1])) {
        end += 1;
        while (isAsciiDigit(text[end])) end += 1;
      }
      const value = Number(text.slice(index, end).replaceAll(',', ''));
      const suffix = readSuffix(text, end);
      const kind: NumberKind = percentPrefix || suffix.percent ? 'percent' : 'cardinal';
      const ordinal = text[start - 1] === '第';
      shareWithRangeStart(numbers, text, start, suffix.scale, kind);
      pushNumber(numbers, raw, ordinal ? start - 1 : start, suffix.end, value * suffix.scale, {
        kind,
        ordinal,
        approximate: suffix.approximate,
        labelEnd: suffix.end + classifierLength(text, suffix.end),
      });
      index = suffix.end;
      continue;
    }

    if (!isNumeralAt(text, index) || isProseAt(text, index)) {
      index = start + 1;
      continue;
    }

    let end = index;
    while (end < limit && isNumeralAt(text, end) && !isProseAt(text, end)) end += 1;
    const numeral = text.slice(index, end);
    const ordinal = text[index - 1] === '第';
    const vague = !ordinal && !percentPrefix && vagueMultipliers.has(text[index - 1] ?? '');
    const numeralStart = index;
    index = end;

    // 三分之一: a fraction, the denominator first ("one third", "a third", 1/3).
    if (text.startsWith('分之', end) && !percentPrefix) {
      index = end + 2;
      const numeratorStart = index;
      while (index < limit && isNumeralAt(text, index)) index += 1;
      const denominator = parseChineseNumeral(numeral);
      const numerator = parseChineseNumeral(text.slice(numeratorStart, index));
      if (
        !ordinal &&
        denominator !== null &&
        numerator !== null &&
        numerator > 0 &&
        numerator < denominator
      )
        pushNumber(numbers, raw, numeralStart, index, numerator / denominator, {});
      continue;
    }

    let approximate = false;
    let after = end;
    if (approximateMarkers.has(text[after] ?? '')) {
      approximate = true;
      after += 1;
    }
    // 十多萬: the scale after the approximation still multiplies.
    let scaleAfter = 1;
    while (approximate && numeralScales.has(text[after] ?? '')) {
      scaleAfter *= numeralScales.get(text[after] ?? '') ?? 1;
      after += 1;
    }
    if (scaleAfter > 1) index = after;
    const classifier = classifierLength(text, after);
    const standsAlone = !isHan(text[after]);
    const labelEnd = after + classifier;

    let value = parseChineseNumeral(numeral);
    if (value === null) {
      // 三四個: three or four, each end of the pair is data; 一兩個 (one or two) is prose.
      const first = numeralDigits.get(numeral[0] ?? '') ?? 0;
      const second = numeralDigits.get(numeral[1] ?? '') ?? 0;
      if (numeral.length === 2 && first >= 2 && second === first + 1) {
        pushNumber(numbers, raw, numeralStart, numeralStart + 1, first * scaleAfter, { labelEnd });
        pushNumber(numbers, raw, numeralStart + 1, end, second * scaleAfter, { labelEnd });
        continue;
      }
      // Read digit by digit only when it must be (九〇後, 二〇二〇): 五四 (May Fourth) is a name.
      const digitWise = numeral.length >= 3 || /[〇零]/.test(numeral);
      value = digitWise ? digitByDigit(numeral) : null;
      if (value === null) continue;
    }
    value *= scaleAfter;
    if (vague) continue;

    // 三成: three tenths, 30 % (not 成員 "member", 成本 "cost" and the like).
    if (
      text[after] === '成' &&
      !tenthsExceptions.has(text[after + 1] ?? '') &&
      !ordinal &&
      !percentPrefix &&
      !approximate &&
      value >= 1 &&
      value <= 10
    ) {
      pushNumber(numbers, raw, numeralStart, after + 1, value * 10, { kind: 'percent' });
      index = after + 1;
      continue;
    }

    const lone = numeral.length === 1;
    const isData =
      ordinal ||
      percentPrefix ||
      !lone ||
      standsAlone ||
      (value >= 2 && (classifier > 0 || approximate));
    if (!isData) continue;
    let trailingScale = scaleAfter;
    for (let at = end - 1; at > numeralStart && numeralScales.has(text[at] ?? ''); at -= 1)
      trailingScale *= numeralScales.get(text[at] ?? '') ?? 1;
    const kind: NumberKind = percentPrefix ? 'percent' : 'cardinal';
    shareWithRangeStart(numbers, text, start, trailingScale, kind);
    pushNumber(numbers, raw, ordinal ? numeralStart - 1 : start, end, value, {
      kind,
      ordinal,
      approximate,
      labelEnd,
    });
  }
  return { numbers, dates };
}

/** Numbers and dates of a source text (the last result is kept for the next check). */
export const analyseSource = memoizeLast(analyse);
