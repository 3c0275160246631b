import type { QaIssue, QaRange, SegmentCheck } from '../types';
import { analyseEnglish, monthNames, type EnglishDate, type EnglishNumber } from './englishNumbers';
import { hasEnglishToCheck, qaIssue, sourceRange, translationRange } from './issue';
import { analyseSource, type SourceDate } from './sourceNumbers';

/**
 * Every date of the source must appear in the English with the same day, month and year:
 * 2018年9月30日 (or 二〇一八年九月三十日) as "30 September 2018", "September 30, 2018",
 * "30 Sept 2018" or "2018-09-30"; 2018年9月 as "September 2018"; 9月30日 as "30 September"; a
 * year alone (2020年) as the year, in a date or on its own ("by 2025", "the 2020s").
 *
 * Severity: error, a wrong date changes the facts. The date's digits are not also reported by
 * the numbers check. When the English has a date (or a year) that no source date accounts for,
 * it is named and highlighted as the likely wrong one ("15 July 2023" for 2023年6月15日).
 */

function expectedDate(date: SourceDate): string {
  const month = date.month === undefined ? undefined : monthNames[date.month - 1];
  return [date.day, month, date.year].filter((part) => part !== undefined).join(' ');
}

const dateKey = (date: SourceDate) => [date.year ?? '', date.month ?? '', date.day ?? ''].join('-');

function matches(source: SourceDate, english: EnglishDate): boolean {
  return (
    (source.year === undefined || english.year === source.year) &&
    (source.month === undefined || english.month === source.month) &&
    (source.day === undefined || english.day === source.day)
  );
}

/** How many of the source's parts an English date shares, for naming the likely wrong one. */
function sharedParts(source: SourceDate, english: EnglishDate): number {
  let shared = 0;
  if (source.year !== undefined && english.year === source.year) shared += 1;
  if (source.month !== undefined && english.month === source.month) shared += 1;
  if (source.day !== undefined && english.day === source.day) shared += 1;
  return shared;
}

const isYearOnly = (date: SourceDate) => date.month === undefined && date.day === undefined;
const looksLikeYear = (number: EnglishNumber) =>
  number.kind === 'cardinal' &&
  Number.isInteger(number.value) &&
  number.value >= 1000 &&
  number.value <= 2999 &&
  /^\d{4}$/.test(number.text);

export const datesCheck: SegmentCheck = {
  id: 'dates',
  check(segment) {
    if (!hasEnglishToCheck(segment)) return [];
    const { dates: sourceDates, numbers: sourceNumbers } = analyseSource(segment.source);
    if (sourceDates.length === 0) return [];
    const english = analyseEnglish(segment.translation);

    const accounted = new Set<EnglishDate | EnglishNumber>();
    const missing: SourceDate[] = [];
    for (const date of sourceDates) {
      const englishDate = english.dates.find((candidate) => matches(date, candidate));
      if (englishDate) {
        accounted.add(englishDate);
        continue;
      }
      const year = isYearOnly(date)
        ? english.numbers.find((number) => looksLikeYear(number) && number.value === date.year)
        : undefined;
      if (year) accounted.add(year);
      else missing.push(date);
    }
    if (missing.length === 0) return [];
    // Years the source writes as numbers (2020兩會) are not wrong years.
    const sourceValues = new Set(sourceNumbers.map((number) => number.value));

    const issues: QaIssue[] = [];
    const reported = new Set<string>();
    for (const date of missing) {
      const key = dateKey(date);
      if (reported.has(key)) continue;
      reported.add(key);
      let found: EnglishDate | EnglishNumber | undefined;
      let best = -1;
      for (const candidate of english.dates) {
        if (accounted.has(candidate)) continue;
        const shared = sharedParts(date, candidate);
        const sameShape =
          (candidate.year !== undefined) === (date.year !== undefined) &&
          (candidate.month !== undefined) === (date.month !== undefined);
        if (sameShape && shared > best) {
          best = shared;
          found = candidate;
        }
      }
      if (!found && isYearOnly(date) && date.year !== undefined) {
        const year = date.year;
        found = english.numbers.find(
          (number) =>
            !accounted.has(number) &&
            looksLikeYear(number) &&
            !sourceValues.has(number.value) &&
            Math.abs(number.value - year) <= 10,
        );
      }
      const ranges: QaRange[] = [sourceRange(date.start, date.end)];
      const params: Record<string, string> = { source: date.label, expected: expectedDate(date) };
      if (found) {
        accounted.add(found);
        ranges.push(translationRange(found.start, found.end));
        params.found = found.text;
      }
      issues.push(
        qaIssue('dates', 'error', segment, found ? 'wrong' : 'missing', key, params, ranges),
      );
    }
    return issues;
  },
};
