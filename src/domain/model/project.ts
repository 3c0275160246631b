import type { ProjectDetails } from './projectDetails';
import type { SourceSegment } from './segment';

export interface CleaningReport {
  /** Number of `字(pinyin)` artifacts removed from the source and kept as readings. */
  readingsRemoved: number;
  /** Segments whose text the cleaning changed. */
  segmentsChanged: number;
}

/**
 * A `<file>` of the XLIFF document a project was made from: exports write the units back into
 * the files they came from, under their own ids, so the originating tool can merge them.
 */
export interface OriginalFile {
  /** The XLIFF 2 file id; empty for XLIFF 1.2, which has none. */
  id: string;
  original: string;
  /** The XLIFF 1.2 `datatype`; empty for XLIFF 2. */
  datatype: string;
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
  /** Present for a project made from another tool's XLIFF: its files, in document order. */
  originalFiles?: OriginalFile[];
  /** Title, translator and date of the publication, once the translator has set them. */
  details?: ProjectDetails;
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
