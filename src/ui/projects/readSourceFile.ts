import { decodeSourceFile, maxSourceFileBytes } from '../../domain/import/decodeSourceFile';

export type SourceFileProblem = 'empty' | 'binary' | 'not-utf8' | 'too-large';

export type SourceFileResult =
  | { ok: true; text: string; name: string; markdown: boolean }
  | { ok: false; problem: SourceFileProblem };

/** Reads a picked or dropped file; the size is checked before a byte is read. */
export async function readSourceFile(file: File): Promise<SourceFileResult> {
  if (file.size > maxSourceFileBytes) return { ok: false, problem: 'too-large' };
  const decoded = decodeSourceFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  return {
    ok: true,
    text: decoded.text,
    name: file.name.replace(/\.(txt|md|markdown)$/i, ''),
    markdown: /\.(md|markdown)$/i.test(file.name),
  };
}
