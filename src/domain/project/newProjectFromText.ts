import { checkImportSize, importText, type ImportSizeProblem } from '../import/importText';
import type { NewProject } from '../model/project';
import { detectChineseScript } from '../script/detectChineseScript';

const maxNameLength = 60;

/** Runs the import pipeline on a text and names the project after the file or its first line. */
export function newProjectFromText(
  text: string,
  options: { fileName?: string; markdown?: boolean } = {},
): NewProject {
  const { segments, cleaning } = importText(text, { markdown: options.markdown ?? false });
  const firstLine = segments[0]?.source ?? '';
  const name = options.fileName ? options.fileName.replace(/\.(txt|md|markdown)$/i, '') : firstLine;
  return {
    name: truncate(name.trim(), maxNameLength),
    sourceLang: detectChineseScript(segments.map((segment) => segment.source).join('')),
    segments,
    cleaning,
  };
}

export type SourceTextProblem = ImportSizeProblem | 'noParagraphs';
export type SourceTextRead =
  { ok: true; project: NewProject } | { ok: false; problem: SourceTextProblem };

/**
 * The validating entry for a text a person brings (a decoded file or a paste): a text too long
 * to segment without freezing the page, or one without a paragraph, is refused as a whole.
 */
export function readSourceText(
  text: string,
  options: { fileName?: string; markdown?: boolean } = {},
): SourceTextRead {
  const tooLarge = checkImportSize(text);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const project = newProjectFromText(text, options);
  if (project.segments.length === 0) return { ok: false, problem: 'noParagraphs' };
  return { ok: true, project };
}

function truncate(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('')}…`;
}
