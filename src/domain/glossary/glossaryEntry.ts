import type { RichTextDoc } from '../model/richText';

/** As in TBX: preferred and admitted targets are good translations; forbidden ones are not. */
export const termStatuses = ['preferred', 'admitted', 'forbidden'] as const;
export type TermStatus = (typeof termStatuses)[number];

export const partsOfSpeech = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'properNoun',
  'other',
] as const;
export type PartOfSpeech = (typeof partsOfSpeech)[number];

export interface GlossaryEntry {
  id: string;
  projectId: string;
  /** The source term as the translator typed it, in either script. */
  source: string;
  /** English renderings, the first preferred. */
  targets: string[];
  status: TermStatus;
  partOfSpeech: PartOfSpeech | null;
  note: RichTextDoc;
  noteText: string;
  createdAt: number;
  updatedAt: number;
}

export function isTermStatus(value: unknown): value is TermStatus {
  return typeof value === 'string' && (termStatuses as readonly string[]).includes(value);
}

export function isPartOfSpeech(value: unknown): value is PartOfSpeech {
  return typeof value === 'string' && (partsOfSpeech as readonly string[]).includes(value);
}
