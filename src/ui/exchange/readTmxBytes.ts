import { decodeTmx, type TmxDecodeProblem } from '../../domain/formats/tmx/decodeTmx';
import { readTmx, type TmxFile, type TmxProblem } from '../../domain/formats/tmx/readTmx';

export type TmxFileRead =
  { ok: true; file: TmxFile } | { ok: false; problem: TmxProblem | TmxDecodeProblem };

/** A TMX file's bytes, decoded (UTF-8 or UTF-16) and read; the problem when either fails. */
export function readTmxBytes(bytes: Uint8Array): TmxFileRead {
  const decoded = decodeTmx(bytes);
  return decoded.ok ? readTmx(decoded.text) : decoded;
}
