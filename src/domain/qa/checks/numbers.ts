import type { QaIssue, QaRange, SegmentCheck } from '../types';
import { analyseEnglish, smallNumberWords, tenWords, type EnglishNumber } from './englishNumbers';
import { hasEnglishToCheck, qaIssue, sourceRange, translationRange } from './issue';
import { analyseSource, type SourceNumber } from './sourceNumbers';

/**
 * Every number of the source must appear in the English in an equivalent form: 90億 as
 * "9 billion", 七份 as "seven" or "7", 第一 as "first" or "1", 百分之三十 as "30%" or "thirty per
 * cent". Which Chinese numerals count as numbers is decided in `sourceNumbers.ts`; dates are the
 * dates check's. Each English number stands for one source number, so 七…七 needs two sevens.
 *
 * Severity: error, since a wrong or missing figure changes what the text says. One issue per
 * missing value; when an English number near it is left over (six for 七, ten for 十一, 2024 for
 * 2025, 9 million for 9億), it is named and highlighted as the likely wrong one.
 */

const ordinalWords: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

function words(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value >= 100) return null;
  if (value < 20) return smallNumberWords[value] ?? null;
  const unit = value % 10;
  const ten = tenWords[Math.floor(value / 10)] ?? '';
  return unit === 0 ? ten : `${ten}-${smallNumberWords[unit] ?? ''}`;
}

function ordinalWord(cardinal: string): string {
  const parts = cardinal.split('-');
  const last = parts.pop() ?? '';
  const ordinal =
    ordinalWords[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...parts, ordinal].join('-');
}

/**
 * 35,000 and 1.5 with separators; 2020 and 1200 as years and counts are usually written. Written
 * out, not with toLocaleString: its first call loads the locale data, a pause on a keystroke.
 */
function formatted(value: number): string {
  const [whole = '', fraction] = String(Number(value.toFixed(6))).split('.');
  const grouped = value >= 1e4 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

const namedScales: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** The English forms a source number expects, for the message: "7 / seven", "9 billion". */
export function expectedEnglish(number: SourceNumber): string {
  const { value } = number;
  if (number.kind === 'percent') return `${formatted(value)}%`;
  const word = words(value);
  if (number.ordinal) {
    const suffix =
      value % 100 >= 11 && value % 100 <= 13
        ? 'th'
        : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th');
    return word ? `${value}${suffix} / ${ordinalWord(word)}` : `${value}${suffix}`;
  }
  if (word) return `${value} / ${word}`;
  for (const [scale, name] of namedScales) {
    if (value >= scale) return `${formatted(value / scale)} ${name} / ${formatted(value)}`;
  }
  return formatted(value);
}

/** A number the translator probably meant for this one: close in value, or the same digits at another scale. */
function closeness(source: SourceNumber, english: EnglishNumber): number | null {
  if (english.kind !== source.kind || english.value <= 0 || source.value <= 0) return null;
  const distance = Math.abs(Math.log10(english.value / source.value));
  if (distance <= Math.log10(2)) return distance;
  const offScale = Math.abs(distance - Math.round(distance)) < 1e-9;
  return offScale ? distance : null;
}

export const numbersCheck: SegmentCheck = {
  id: 'numbers',
  check(segment) {
    if (!hasEnglishToCheck(segment)) return [];
    const sourceNumbers = analyseSource(segment.source).numbers;
    if (sourceNumbers.length === 0) return [];
    const englishNumbers = analyseEnglish(segment.translation).numbers;

    const byKey = new Map<string, number[]>();
    englishNumbers.forEach((number, index) => {
      for (const key of number.keys) {
        const list = byKey.get(key);
        if (list) list.push(index);
        else byKey.set(key, [index]);
      }
    });
    const used = new Array<boolean>(englishNumbers.length).fill(false);
    const take = (number: SourceNumber): boolean => {
      for (const key of number.keys) {
        const index = byKey.get(key)?.find((candidate) => !used[candidate]);
        if (index !== undefined) {
          used[index] = true;
          return true;
        }
      }
      return false;
    };
    // 十多個 is "more than ten", "over a dozen", "some 10": any nearby number will do.
    const takeNear = (number: SourceNumber): boolean => {
      const index = englishNumbers.findIndex(
        (english, candidate) =>
          !used[candidate] &&
          english.kind === number.kind &&
          english.value >= number.value * 0.75 &&
          english.value <= number.value * 1.5,
      );
      if (index < 0) return false;
      used[index] = true;
      return true;
    };

    const missing: SourceNumber[] = [];
    for (const number of sourceNumbers)
      if (!number.approximate && !take(number)) missing.push(number);
    for (const number of sourceNumbers)
      if (number.approximate && !take(number) && !takeNear(number)) missing.push(number);
    if (missing.length === 0) return [];
    missing.sort((a, b) => a.start - b.start);

    const issues: QaIssue[] = [];
    const issueByKey = new Map<string, QaIssue>();
    for (const number of missing) {
      const key = number.keys[0] ?? '';
      const existing = issueByKey.get(key);
      if (existing) {
        existing.ranges.push(sourceRange(number.start, number.end));
        continue;
      }
      let wrong: EnglishNumber | null = null;
      let best = Infinity;
      englishNumbers.forEach((english, index) => {
        const distance = used[index] ? null : closeness(number, english);
        if (distance !== null && distance < best) {
          best = distance;
          wrong = english;
        }
      });
      const ranges: QaRange[] = [sourceRange(number.start, number.end)];
      const params: Record<string, string> = {
        source: number.label,
        expected: expectedEnglish(number),
      };
      const found = wrong as EnglishNumber | null;
      if (found) {
        used[englishNumbers.indexOf(found)] = true;
        ranges.push(translationRange(found.start, found.end));
        params.found = found.text;
      }
      const issue = qaIssue(
        'numbers',
        'error',
        segment,
        found ? 'wrong' : 'missing',
        key,
        params,
        ranges,
      );
      issueByKey.set(key, issue);
      issues.push(issue);
    }
    return issues;
  },
};
