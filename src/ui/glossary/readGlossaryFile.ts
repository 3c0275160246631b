import { readGlossaryCsv } from '../../domain/formats/csv/glossaryCsv';
import type { GlossaryImport } from '../../domain/glossary/glossaryRecord';
import { decodeSourceFile, maxSourceFileBytes } from '../../domain/import/decodeSourceFile';

export type GlossaryFileResult =
  GlossaryImport | { ok: false; problem: { code: 'binary' | 'not-utf8' | 'too-large' } };

/** A picked glossary file: XML is read as TBX, anything else as CSV/TSV. */
export async function readGlossaryFile(file: File): Promise<GlossaryFileResult> {
  if (file.size > maxSourceFileBytes) return { ok: false, problem: { code: 'too-large' } };
  const decoded = decodeSourceFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) {
    return decoded.problem === 'empty'
      ? { ok: false, problem: { code: 'empty' } }
      : { ok: false, problem: { code: decoded.problem } };
  }
  if (!decoded.text.trimStart().startsWith('<')) return readGlossaryCsv(decoded.text);
  // The XML parser is loaded only when a TBX file is opened.
  const { readTbx } = await import('../../domain/formats/tbx/readTbx');
  return readTbx(decoded.text);
}
