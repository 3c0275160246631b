import type { SegmentStatus } from '../model/segment';

export interface ProgressInput {
  source: string;
  status: SegmentStatus;
}

export interface TranslationProgress {
  /** Source characters of segments that are to be translated. */
  totalCharacters: number;
  /** Of those, characters in segments confirmed as translated or reviewed. */
  doneCharacters: number;
  /** 0–100; never shows 0 once something is done, nor 100 before everything is. */
  percent: number;
}

const doneStatuses: ReadonlySet<SegmentStatus> = new Set(['translated', 'reviewed']);

export function countCharacters(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/.test(char)) count += 1;
  return count;
}

export function translationProgress(segments: Iterable<ProgressInput>): TranslationProgress {
  let totalCharacters = 0;
  let doneCharacters = 0;
  for (const segment of segments) {
    if (segment.status === 'do-not-translate') continue;
    const characters = countCharacters(segment.source);
    totalCharacters += characters;
    if (doneStatuses.has(segment.status)) doneCharacters += characters;
  }
  return {
    totalCharacters,
    doneCharacters,
    percent: displayPercent(doneCharacters, totalCharacters),
  };
}

export function displayPercent(done: number, total: number): number {
  if (total === 0 || done === 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(1, Math.round((done / total) * 100)));
}
