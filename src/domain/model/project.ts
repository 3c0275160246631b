import type { SourceSegment } from './segment';

export interface CleaningReport {
  /** Number of `字(pinyin)` artifacts removed from the source and kept as readings. */
  readingsRemoved: number;
  /** Segments whose text the cleaning changed. */
  segmentsChanged: number;
}

export interface Project {
  id: string;
  name: string;
  /** BCP 47 tag of the source text as imported, e.g. `zh-Hant`. */
  sourceLang: string;
  targetLang: string;
  segmentCount: number;
  cleaning: CleaningReport;
  createdAt: number;
  updatedAt: number;
  /** Set when the translator deletes the project: hidden, undoable until the app starts again. */
  deletedAt?: number;
}

/** A project as the import pipeline hands it to storage. */
export interface NewProject {
  name: string;
  sourceLang: string;
  segments: SourceSegment[];
  cleaning: CleaningReport;
}
