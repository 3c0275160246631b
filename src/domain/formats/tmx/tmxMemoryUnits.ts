import { segmentIdFor } from '../../import/segmentIdFor';
import type { MemoryUnit } from '../../memory/memoryUnit';
import type { TmxFile } from './readTmx';

/**
 * The pairs of an imported TMX as memory units from that file. A unit's id is its file and a
 * hash of its text, so importing the same file again replaces its units instead of adding
 * copies, and a pair repeated in the file is kept once. Units without dates get `now`.
 */
export function memoryUnitsFromTmx(file: TmxFile, fileName: string, now: number): MemoryUnit[] {
  const units = new Map<string, MemoryUnit>();
  for (const pair of file.pairs) {
    const id = `tmx:${fileName}:${segmentIdFor(`${pair.source}\u0000${pair.target}`, 0)}`;
    const createdAt = pair.createdAt ?? pair.updatedAt ?? now;
    units.set(id, {
      id,
      source: pair.source,
      target: pair.target,
      sourceLang: pair.sourceLang,
      targetLang: pair.targetLang,
      origin: { kind: 'tmx', file: fileName },
      createdAt,
      updatedAt: pair.updatedAt ?? createdAt,
    });
  }
  return [...units.values()];
}
