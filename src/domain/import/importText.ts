import type { CleaningReport } from '../model/project';
import type { SourceSegment } from '../model/segment';
import { classifyLine } from './classifyLine';
import { cleanPinyinArtifacts } from './cleanPinyinArtifacts';
import { segmentIdFor } from './segmentIdFor';
import { typeFromKind, typeFromMarkdownLevel } from '../model/segmentType';
import { splitSentences } from './splitSentences';

export interface ImportResult {
  segments: SourceSegment[];
  cleaning: CleaningReport;
}

/**
 * Beyond these a pasted or decoded text is refused before segmenting: the import runs on the
 * main thread at some 7 M characters a second, so 10 M characters is a pause of about a second
 * and a half, and a project of more paragraphs would weigh on every list and search.
 */
export const maxImportCharacters = 10_000_000;
export const maxImportParagraphs = 200_000;

export type ImportSizeProblem = 'tooLong';

/** Cheap size check to run before `importText`, so a huge text is refused instead of freezing. */
export function checkImportSize(raw: string): ImportSizeProblem | null {
  if (raw.length > maxImportCharacters) return 'tooLong';
  let paragraphs = 0;
  for (const line of raw.split(lineBreak)) {
    if (line.trim() !== '') paragraphs += 1;
  }
  return paragraphs > maxImportParagraphs ? 'tooLong' : null;
}

const lineBreak = /\r\n|\r|\n/;
const markdownHeading = /^#{1,6}\s+/;
const markdownQuote = /^>\s*/;
const markdownEmphasis = /\*\*|__/g;

/**
 * Text → segments: one per non-empty line, in document order, cleaned of conversion artifacts,
 * classified as heading or paragraph and given a guessed type (title, heading level, quote), with stable ids and sentence boundaries.
 */
export function importText(raw: string, options: { markdown?: boolean } = {}): ImportResult {
  const lines = raw.replace(/^\uFEFF/, '').split(lineBreak);
  const segments: SourceSegment[] = [];
  const occurrences = new Map<string, number>();
  const cleaning: CleaningReport = { readingsRemoved: 0, segmentsChanged: 0 };

  for (const rawLine of lines) {
    if (rawLine.trim() === '') continue;
    let line = rawLine;
    let kind = classifyLine(rawLine, segments.length);
    let type = typeFromKind(kind, segments.length === 0);
    if (options.markdown) {
      if (markdownHeading.test(line.trim())) {
        kind = 'heading';
        type = typeFromMarkdownLevel(
          /^#+/.exec(line.trim())?.[0].length ?? 1,
          segments.length === 0,
        );
        line = line.trim().replace(markdownHeading, '');
      } else if (markdownQuote.test(line.trim())) {
        kind = 'paragraph';
        type = 'quote';
        line = line.trim().replace(markdownQuote, '');
      }
      line = line.replace(markdownEmphasis, '');
    }
    const { text, readings } = cleanPinyinArtifacts(line.trim());
    // A markdown line of bare markup (`**`, `# __`) is blank once the markup is gone.
    if (text === '') continue;
    if (readings.length > 0) {
      cleaning.readingsRemoved += readings.length;
      cleaning.segmentsChanged += 1;
    }
    const occurrence = occurrences.get(text) ?? 0;
    occurrences.set(text, occurrence + 1);
    segments.push({
      id: segmentIdFor(text, occurrence),
      order: segments.length,
      kind,
      type,
      source: text,
      readings,
      sentenceEnds: splitSentences(text),
    });
  }
  return { segments, cleaning };
}
