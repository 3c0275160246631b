import {
  readProjectFile,
  type ProjectFileRead,
} from '../../domain/formats/projectFile/projectFile';
import { readXliff, type XliffRead } from '../../domain/formats/xliff/readXliff';

export type ImportRead =
  { kind: 'xliff'; read: XliffRead } | { kind: 'project'; read: ProjectFileRead };

/** What Import can open: XML is read as XLIFF, anything else as a project file. */
export function readImportText(text: string): ImportRead {
  return /^\uFEFF?\s*</.test(text)
    ? { kind: 'xliff', read: readXliff(text) }
    : { kind: 'project', read: readProjectFile(text) };
}
