import type { GlossaryEntry } from './glossaryEntry';

/** The part of a glossary entry that travels between projects and tools. */
export type GlossaryRecord = Pick<
  GlossaryEntry,
  'source' | 'targets' | 'status' | 'partOfSpeech' | 'noteText'
>;

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
  { ok: true; records: GlossaryRecord[] } | { ok: false; problem: GlossaryImportProblem };
