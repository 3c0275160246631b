import { memoryUnitFromSegment, type MemoryUnit } from '../../memory/memoryUnit';
import type { ProjectDocument } from '../../project/projectDocument';
import { xmlText } from '../xml/escapeXml';
import { formatTmxDate } from './tmxDate';

export const tmxCreationTool = 'Bilingual workspace';

/**
 * TMX 1.4b of memory units: one `<tu>` per unit (its id as `tuid`, its dates, where it came from
 * as an `x-origin` prop) with a Chinese and an English `<tuv>`. Dated by the newest unit, not the
 * clock, so the same units give the same bytes. `segtype="sentence"`: a paragraph of this
 * workspace is one unit that OmegaT and others should reuse whole, not split again.
 */
export function writeTmx(units: readonly MemoryUnit[]): string {
  const sourceLangs = new Set(units.map((unit) => unit.sourceLang));
  const srcLang = sourceLangs.size === 1 ? ([...sourceLangs][0] ?? '*all*') : '*all*';
  const newest = units.reduce((latest, unit) => Math.max(latest, unit.updatedAt), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="${tmxCreationTool}" creationtoolversion="1" segtype="sentence" o-tmf="${tmxCreationTool}" adminlang="en" srclang="${text(srcLang)}" datatype="plaintext" creationdate="${formatTmxDate(newest)}"/>`,
    '  <body>',
  ];
  for (const unit of units) {
    lines.push(
      `    <tu tuid="${text(unit.id)}" creationdate="${formatTmxDate(unit.createdAt)}" changedate="${formatTmxDate(unit.updatedAt)}">`,
      `      <prop type="x-origin">${text(originLabel(unit))}</prop>`,
      `      <tuv xml:lang="${text(unit.sourceLang)}"><seg>${text(unit.source)}</seg></tuv>`,
      `      <tuv xml:lang="${text(unit.targetLang)}"><seg>${text(unit.target)}</seg></tuv>`,
      '    </tu>',
    );
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/** The project or file a unit came from, as people name it. */
export function originLabel(unit: Pick<MemoryUnit, 'origin'>): string {
  return unit.origin.kind === 'project' ? unit.origin.projectName : unit.origin.file;
}

/** The project's confirmed segments (Translated, Reviewed) as memory units, in document order. */
export function projectMemoryUnits(document: ProjectDocument): MemoryUnit[] {
  const { project, segments } = document;
  return segments.flatMap((segment, index) => {
    const unit = memoryUnitFromSegment(segment, project, {
      previousSource: segments[index - 1]?.source,
      nextSource: segments[index + 1]?.source,
    });
    return unit ? [unit] : [];
  });
}

function text(value: string): string {
  // A carriage return would be read back as a line feed; its reference keeps it.
  return xmlText(value).replace(/\r/g, '&#xD;');
}
