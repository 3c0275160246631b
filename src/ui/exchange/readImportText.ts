import {
  readProjectFile,
  type ProjectFileRead,
} from '../../domain/formats/projectFile/projectFile';
import { decodeXmlBytes } from '../../domain/formats/xml/decodeXml';
import { readXliff, type XliffRead } from '../../domain/formats/xliff/readXliff';

export type ImportRead =
  { kind: 'xliff'; read: XliffRead } | { kind: 'project'; read: ProjectFileRead };

/** What Import can open: XML is read as XLIFF, anything else as a project file. */
export function readImportText(text: string): ImportRead {
  return /^\uFEFF?\s*</.test(text)
    ? { kind: 'xliff', read: readXliff(text) }
    : { kind: 'project', read: readProjectFile(text) };
}

/**
 * A file's bytes, decoded as XML finds its encoding (UTF-8 or UTF-16, with or without a
 * byte-order mark, or what the declaration names), then read as above. A file that is not valid
 * text in its encoding is refused with the encoding's name.
 */
export function readImportBytes(bytes: Uint8Array): ImportRead {
  const decoded = decodeXmlBytes(bytes);
  if (!decoded.ok) return { kind: 'xliff', read: { ok: false, problem: decoded.problem } };
  return readImportText(decoded.text);
}
