import { importText } from '../import/importText';
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

function truncate(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('')}…`;
}
