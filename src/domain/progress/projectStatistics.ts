import { formatDelimited } from '../formats/csv/parseDelimited';
import { segmentStatuses, type Segment, type SegmentStatus } from '../model/segment';
import { countCharacters, countWords, displayPercent } from './translationProgress';

export type StatisticsInput = Pick<Segment, 'kind' | 'source' | 'status' | 'translationText'>;

export interface Counts {
  segments: number;
  /** Source characters, counted as `countCharacters` does (CAT tools' rule for Chinese). */
  characters: number;
  /** Words of the English translation. */
  words: number;
}

export interface StatusRow extends Counts {
  status: SegmentStatus;
}

export interface SectionRow extends Counts {
  /** 1-based number of the section's first segment (its heading). */
  firstNumber: number;
  /** The heading's source text; null for segments before the first heading. */
  heading: string | null;
  /**
   * Translated or reviewed characters of the section's characters to translate, as the progress
   * bar rounds it; null when everything in the section is "Do not translate".
   */
  percentTranslated: number | null;
}

export interface ProjectStatistics {
  /** One row per status, in the order of `segmentStatuses`, also when a status has none. */
  statuses: StatusRow[];
  total: Counts;
  /**
   * Segments whose source, normalised, equals an earlier segment's (the first occurrence is not
   * a repetition), as memoQ's and Trados' analyses count "Repetitions".
   */
  repetitions: { segments: number; characters: number };
  /** Each heading starts a section that runs to the next heading. */
  sections: SectionRow[];
}

const doneStatuses: ReadonlySet<SegmentStatus> = new Set(['translated', 'reviewed']);

/**
 * What makes two sources "the same" for repetitions: compatibility forms folded (full-width
 * `，` and `,`, `２` and `2`), runs of spaces made one and the ends trimmed. Case and script are
 * kept: 互聯網 and 互联网 are different text to a translation memory.
 */
export function normaliseForRepetition(source: string): string {
  return source.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** One pass over the project, in document order. */
export function projectStatistics(segments: Iterable<StatisticsInput>): ProjectStatistics {
  const statuses: StatusRow[] = segmentStatuses.map((status) => ({ status, ...emptyCounts() }));
  const rowOf = new Map(statuses.map((row) => [row.status, row]));
  const total = emptyCounts();
  const repetitions = { segments: 0, characters: 0 };
  const seen = new Set<string>();
  const sections: SectionRow[] = [];
  /** Per section: characters to translate, and of those translated or reviewed. */
  const toTranslate: number[] = [];
  const done: number[] = [];
  let section: SectionRow | undefined;
  let number = 0;

  for (const segment of segments) {
    number += 1;
    const characters = countCharacters(segment.source);
    const words = countWords(segment.translationText);
    const row = rowOf.get(segment.status);
    if (row) add(row, characters, words);
    add(total, characters, words);

    const key = normaliseForRepetition(segment.source);
    if (seen.has(key)) {
      repetitions.segments += 1;
      repetitions.characters += characters;
    } else if (key !== '') {
      seen.add(key);
    }

    if (!section || segment.kind === 'heading') {
      section = {
        segments: 0,
        characters: 0,
        words: 0,
        firstNumber: number,
        heading: segment.kind === 'heading' ? segment.source : null,
        percentTranslated: null,
      };
      sections.push(section);
      toTranslate.push(0);
      done.push(0);
    }
    add(section, characters, words);
    const index = sections.length - 1;
    if (segment.status !== 'do-not-translate') {
      toTranslate[index] = (toTranslate[index] ?? 0) + characters;
      if (doneStatuses.has(segment.status)) done[index] = (done[index] ?? 0) + characters;
    }
  }

  sections.forEach((row, index) => {
    const of = toTranslate[index] ?? 0;
    row.percentTranslated = of === 0 ? null : displayPercent(done[index] ?? 0, of);
  });
  return { statuses, total, repetitions, sections };
}

function emptyCounts(): Counts {
  return { segments: 0, characters: 0, words: 0 };
}

function add(counts: Counts, characters: number, words: number): void {
  counts.segments += 1;
  counts.characters += characters;
  counts.words += words;
}

/** The words of the table in the interface language; the numbers stay plain for spreadsheets. */
export interface StatisticsLabels {
  status: string;
  segments: string;
  characters: string;
  words: string;
  statuses: Record<SegmentStatus, string>;
  total: string;
  repetitions: string;
  section: string;
  firstSegment: string;
  percentTranslated: string;
  beforeFirstHeading: string;
}

/**
 * The statistics as rows of cells: the status table, an empty row, the section table. Numbers
 * are plain digits (no grouping), so a spreadsheet in any locale reads them as numbers.
 */
export function statisticsTable(stats: ProjectStatistics, labels: StatisticsLabels): string[][] {
  const counts = (row: Counts) => [row.segments, row.characters, row.words].map(String);
  return [
    [labels.status, labels.segments, labels.characters, labels.words],
    ...stats.statuses.map((row) => [labels.statuses[row.status], ...counts(row)]),
    [labels.total, ...counts(stats.total)],
    [
      labels.repetitions,
      String(stats.repetitions.segments),
      String(stats.repetitions.characters),
      '',
    ],
    [],
    [
      labels.section,
      labels.firstSegment,
      labels.segments,
      labels.characters,
      labels.words,
      labels.percentTranslated,
    ],
    ...stats.sections.map((section) => [
      section.heading ?? labels.beforeFirstHeading,
      String(section.firstNumber),
      ...counts(section),
      section.percentTranslated === null ? '' : String(section.percentTranslated),
    ]),
  ].map((cells) => cells.map(neutraliseFormula));
}

/** CSV (RFC 4180 quoting, CRLF) with a byte-order mark, so Excel reads the Chinese as UTF-8. */
export function statisticsCsv(stats: ProjectStatistics, labels: StatisticsLabels): string {
  return '\uFEFF' + formatDelimited(statisticsTable(stats, labels), ',');
}

/**
 * Tab-separated rows for the clipboard, as spreadsheets paste them. Spreadsheets do not agree
 * on quotes in pasted text, so a tab or line break inside a cell becomes a space instead.
 */
export function statisticsTsv(stats: ProjectStatistics, labels: StatisticsLabels): string {
  return statisticsTable(stats, labels)
    .map((cells) => cells.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t'))
    .join('\n')
    .concat('\n');
}

/**
 * A heading comes from an imported text: one starting with `=`, `+`, `-` or `@` would run as a
 * formula in a spreadsheet. A leading apostrophe makes the spreadsheet show it as text.
 */
function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
