import { segmentStatuses, type SegmentStatus } from '../model/segment';
import {
  countCharacters,
  countWords,
  displayPercent,
  type TranslationProgress,
} from './translationProgress';

/** What a segment contributes to the project's figures. */
export interface TalliedSegment {
  source: string;
  status: SegmentStatus;
  translationText: string;
}

export interface StatusFigures {
  segments: number;
  /** Source characters (whitespace not counted). */
  characters: number;
  /** Words of the English translation (counted as `countWords` does). */
  words: number;
}

export interface ProgressFigures extends TranslationProgress {
  byStatus: Readonly<Record<SegmentStatus, StatusFigures>>;
  segments: number;
  sourceCharacters: number;
  englishWords: number;
}

const zero: StatusFigures = { segments: 0, characters: 0, words: 0 };

const doneStatuses: ReadonlySet<SegmentStatus> = new Set(['translated', 'reviewed']);

/**
 * The project's figures (progress, and per status the segments, characters and words), kept up
 * to date one segment at a time: an edit costs the length of the segment it touched, never the
 * length of the project.
 */
export class ProgressTally {
  private readonly byStatus = new Map<SegmentStatus, StatusFigures>(
    segmentStatuses.map((status) => [status, { segments: 0, characters: 0, words: 0 }]),
  );
  private cached: ProgressFigures | null = null;

  constructor(segments: Iterable<TalliedSegment>) {
    for (const segment of segments) this.add(segment, 1);
  }

  /** Replaces one segment's contribution; says whether any figure changed. */
  replace(before: TalliedSegment, after: TalliedSegment): boolean {
    if (
      before.status === after.status &&
      before.source === after.source &&
      before.translationText === after.translationText
    ) {
      return false;
    }
    const previous = this.figures();
    this.add(before, -1);
    this.add(after, 1);
    const next = this.compute();
    const changed = !sameFigures(previous, next);
    this.cached = changed ? next : previous;
    return changed;
  }

  figures(): ProgressFigures {
    this.cached ??= this.compute();
    return this.cached;
  }

  private add(segment: TalliedSegment, sign: 1 | -1): void {
    const figures = this.byStatus.get(segment.status);
    if (!figures) return;
    figures.segments += sign;
    figures.characters += sign * countCharacters(segment.source);
    figures.words += sign * countWords(segment.translationText);
  }

  private compute(): ProgressFigures {
    const byStatus = Object.fromEntries(
      segmentStatuses.map((status) => [status, { ...zero, ...this.byStatus.get(status) }]),
    ) as Record<SegmentStatus, StatusFigures>;
    let segments = 0;
    let sourceCharacters = 0;
    let englishWords = 0;
    let totalCharacters = 0;
    let doneCharacters = 0;
    for (const status of segmentStatuses) {
      const figures = byStatus[status];
      segments += figures.segments;
      sourceCharacters += figures.characters;
      englishWords += figures.words;
      if (status === 'do-not-translate') continue;
      totalCharacters += figures.characters;
      if (doneStatuses.has(status)) doneCharacters += figures.characters;
    }
    return {
      byStatus,
      segments,
      sourceCharacters,
      englishWords,
      totalCharacters,
      doneCharacters,
      percent: displayPercent(doneCharacters, totalCharacters),
    };
  }
}

function sameFigures(a: ProgressFigures, b: ProgressFigures): boolean {
  return (
    a.englishWords === b.englishWords &&
    a.sourceCharacters === b.sourceCharacters &&
    segmentStatuses.every(
      (status) =>
        a.byStatus[status].segments === b.byStatus[status].segments &&
        a.byStatus[status].characters === b.byStatus[status].characters,
    )
  );
}
