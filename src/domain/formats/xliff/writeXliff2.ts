import type { GlossaryEntry } from '../../glossary/glossaryEntry';
import type { Segment } from '../../model/segment';
import type { ProjectDocument } from '../../project/projectDocument';
import { xmlText as text } from '../xml/escapeXml';
import { idCounter, inlineMarkup, xliff2Inline } from './inlineMarkup';
import { codeIds, codesOf, originalDataXml, sourceXml } from './inlineCodes';
import { alignedSentences, withoutTrailingSpace } from './sentenceAlignment';
import { toUnitId } from './unitId';
import { revisionCategory, revisionMetaType } from './revision';
import { xliff2StateOf } from './xliffStates';
import { commentedSource2, commentMetadata2, commentNotes2 } from './sourceComments';
import { unitTypeAttribute2 } from './unitType';
import { hasFootnote, notesBlock2, UnitFootnotes } from './xliffFootnotes';

export interface XliffExportOptions {
  /** The source language tag written (zh-Hant for the proposal, zh-Hans in the Simplified view). */
  srcLang: string;
  /** Converts the source to the script of `srcLang`; identity for the original. */
  convertSource: (text: string) => string;
  /** The glossary entries whose source term occurs in a text. */
  termsIn: (source: string) => GlossaryEntry[];
  /**
   * What an empty target becomes: left out (the default), or a copy of the source marked as
   * not yet translated, for tools such as OmegaT that only offer units which have a target.
   */
  emptyTargets?: EmptyTargets;
}

export const emptyTargetChoices = ['empty', 'source'] as const;
export type EmptyTargets = (typeof emptyTargetChoices)[number];

export function isEmptyTargets(value: unknown): value is EmptyTargets {
  return typeof value === 'string' && (emptyTargetChoices as readonly string[]).includes(value);
}

/**
 * XLIFF 2.0: one <unit> per paragraph with its stable id; a <segment> per sentence where the
 * translator kept the source's sentences (see sentenceAlignment.ts), otherwise one; the segment
 * type as type="bw:heading2" and so on (unitType.ts), "Do not translate" as translate="no", notes as <notes>, formatting as <pc>,
 * the glossary entries found in the unit in the Glossary module, and the segment's revision in
 * the Metadata module.
 */
export function writeXliff2(document: ProjectDocument, options: XliffExportOptions): string {
  const { project, segments } = document;
  const units = segments.map((segment) => {
    const { state, subState } = xliff2StateOf[segment.status];
    const attributes = [
      `id="${text(toUnitId(segment.origin?.unitId ?? segment.id))}"`,
      unitTypeAttribute2(segment),
      segment.status === 'do-not-translate' ? 'translate="no"' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const glossary = glossaryModule(options.termsIn(segment.source));
    const revision = `      <mda:metadata>
        <mda:metaGroup category="${revisionCategory}"><mda:meta type="${revisionMetaType}">${segment.updatedAt}</mda:meta></mda:metaGroup>
${commentMetadata2(segment, '        ')}      </mda:metadata>
`;
    const states = `state="${state}" subState="${subState}"`;
    const codes = [
      ...(segment.sourceCodes ?? []).map(({ code }) => code),
      ...codesOf(segment.translation),
    ];
    const hasTarget =
      segment.translationText.trim() !== '' || codesOf(segment.translation).length > 0;
    const footnotes = new UnitFootnotes();
    // Codes sit at offsets of the whole source, and a note's reference at a place in the whole
    // target: a unit with either stays one segment.
    const sentences =
      hasTarget && codes.length === 0 && !hasFootnote(segment.translation)
        ? alignedSentences(segment)
        : null;
    const nextId = idCounter(codeIds(codes));
    const source = sourceXml(segment.source, segment.sourceCodes, '2', options.convertSource, text);
    const segments = sentences
      ? sentences.map((whole, index) => {
          const { sentence, sourceSpace, targetSpace } = withoutTrailingSpace(whole);
          const gap =
            sourceSpace || targetSpace
              ? `      <ignorable id="g${index + 1}">
        <source xml:space="preserve">${text(sourceSpace)}</source>
        <target xml:space="preserve">${text(targetSpace)}</target>
      </ignorable>
`
              : '';
          return `      <segment id="s${index + 1}" ${states}>
        <source>${commentedSource2(segment, options.convertSource, index)}</source>
        <target>${inlineMarkup(sentence.target, xliff2Inline, nextId)}</target>
      </segment>
${gap}`;
        })
      : [
          `      <segment ${states}>
        <source>${
          // Comment spans are marked in a source without codes only: with codes, the comment
          // travels as its note alone (a known limit).
          segment.sourceCodes?.length
            ? source
            : commentedSource2(segment, options.convertSource, null)
        }</source>${
          hasTarget
            ? `\n        <target>${inlineMarkup(segment.translation, xliff2Inline, nextId, footnotes.reference2)}</target>`
            : // "Do not translate" units have translate="no": no tool offers them.
              options.emptyTargets === 'source' && segment.status !== 'do-not-translate'
              ? `\n        <target>${source}</target>`
              : ''
        }
      </segment>
`,
        ];
    // After the targets: the translator's notes are numbered as their references were written.
    const notes = notesBlock2(segment.notesText, footnotes, commentNotes2(segment, '        '));
    return `    <unit ${attributes}>
${glossary}${revision}${notes}${originalDataXml(codes)}${segments.join('')}    </unit>
`;
  });
  const files = project.originalFiles?.length
    ? project.originalFiles
    : [{ id: 'f1', original: project.name, datatype: '' }];
  const fileXml = unitsByFile(segments, units, files.length).map(([index, fileUnits]) => {
    const file = files[index] ?? { id: '', original: '', datatype: '' };
    // The key the reader qualifies unit ids with (id, else original, else position), as an NMTOKEN.
    const id = toUnitId(file.id || file.original || `${index + 1}`);
    const original = file.original ? ` original="${text(file.original)}"` : '';
    return `  <file id="${text(id)}"${original}>
${fileUnits.join('')}  </file>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="${text(options.srcLang)}" trgLang="${text(project.targetLang)}">
${fileXml.join('')}</xliff>
`;
}

/**
 * Units grouped by the `<file>` their segment came from, in document order; a segment without
 * an origin stays in the file of the segment before it. Files left empty are left out (a
 * `<file>` must hold a unit).
 */
export function unitsByFile(
  segments: readonly Segment[],
  units: readonly string[],
  fileCount: number,
): [number, string[]][] {
  const groups: string[][] = Array.from({ length: Math.max(fileCount, 1) }, () => []);
  let current = 0;
  segments.forEach((segment, index) => {
    const file = segment.origin?.file;
    if (file !== undefined && file >= 0 && file < groups.length) current = file;
    groups[current]?.push(units[index] ?? '');
  });
  return groups.flatMap((group, index): [number, string[]][] =>
    group.length > 0 ? [[index, group]] : [],
  );
}

function glossaryModule(entries: GlossaryEntry[]): string {
  if (entries.length === 0) return '';
  const glossEntries = entries.map((entry) => {
    const translations = entry.targets
      .map((target) => `<gls:translation>${text(target)}</gls:translation>`)
      .join('');
    const definition = entry.noteText.trim()
      ? `<gls:definition>${text(entry.noteText)}</gls:definition>`
      : '';
    return `        <gls:glossEntry><gls:term source="${entry.status}">${text(entry.source)}</gls:term>${translations}${definition}</gls:glossEntry>\n`;
  });
  return `      <gls:glossary>\n${glossEntries.join('')}      </gls:glossary>\n`;
}
