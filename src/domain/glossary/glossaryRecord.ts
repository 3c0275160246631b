import type { GlossaryEntry } from './glossaryEntry';

/** The part of a glossary entry that travels between projects and tools. */
export type GlossaryRecord = Pick<
  GlossaryEntry,
  'source' | 'targets' | 'status' | 'partOfSpeech' | 'noteText'
>;

/**
 * Glossary files above this many characters are refused (`tooLarge`) before parsing. Reading
 * runs on the main thread, TBX at 1 to 4 M characters a second (dense markup is slowest), CSV at
 * about 10 M; at this size a TBX export of some 7,000 entries reads in about a second.
 */
export const maxGlossaryCharacters = 4 * 1024 * 1024;

export type GlossaryImportProblem =
  | { code: 'notXml'; line: number | null; column: number | null; detail: string }
  | { code: 'entities' }
  | { code: 'tooLarge' }
  | { code: 'notTbx'; element: string }
  | { code: 'noSourceTerm'; entry: number; id: string | null }
  | { code: 'noTargetTerm'; entry: number; id: string | null }
  | { code: 'csvHeader'; found: string }
  | { code: 'csvRow'; line: number }
  | { code: 'empty' };

export type GlossaryImport =
  | {
      ok: true;
      records: GlossaryRecord[];
      /** TBX entries without an English term, imported as source-only terms (1-based). */
      sourceOnly?: { entry: number; id: string | null }[];
    }
  | { ok: false; problem: GlossaryImportProblem };
