import type { ProjectDocument } from '../../project/projectDocument';
import { xmlText as text } from '../xml/escapeXml';
import { idCounter, inlineMarkup, xliff12Inline } from './inlineMarkup';
import { codeIds, codesOf, sourceXml } from './inlineCodes';
import { unitsByFile, type XliffExportOptions } from './writeXliff2';
import { revisionPrefix12 } from './revision';
import { xliff12StateOf } from './xliffStates';
import { commentExtradata12, commentNotes12 } from './sourceComments';
import { restypeAttribute12 } from './unitType';
import { UnitFootnotes } from './xliffFootnotes';

/** XLIFF 1.2 (strict schema) for tools that read only 1.2: one <trans-unit> per paragraph. */
export function writeXliff12(
  document: ProjectDocument,
  options: Pick<XliffExportOptions, 'srcLang' | 'convertSource' | 'emptyTargets'>,
): string {
  const { project, segments } = document;
  const units = segments.map((segment) => {
    const attributes = [
      `id="${text(segment.origin?.unitId ?? segment.id)}"`,
      segment.status === 'do-not-translate' ? 'translate="no"' : '',
      restypeAttribute12(segment),
      segment.status === 'reviewed' ? 'approved="yes"' : '',
      `extradata="${revisionPrefix12}${segment.updatedAt}${text(commentExtradata12(segment, options.convertSource))}"`,
    ]
      .filter(Boolean)
      .join(' ');
    // OmegaT offers only units that have a target, and translates what it holds: a copy of the
    // source marked new gives it every unit, and reads back as untranslated.
    const targetCodes = codesOf(segment.translation);
    const nextId = idCounter(
      codeIds([...(segment.sourceCodes ?? []).map(({ code }) => code), ...targetCodes]),
    );
    const source = sourceXml(
      segment.source,
      segment.sourceCodes,
      '1.2',
      options.convertSource,
      text,
    );
    const footnotes = new UnitFootnotes();
    const target =
      segment.translationText.trim() || targetCodes.length > 0
        ? `\n        <target state="${xliff12StateOf[segment.status]}">${inlineMarkup(segment.translation, xliff12Inline, nextId, footnotes.reference12)}</target>`
        : options.emptyTargets === 'source'
          ? `\n        <target state="new">${source}</target>`
          : '';
    const note = segment.notesText.trim()
      ? `\n        <note>${text(segment.notesText)}</note>`
      : '';
    return `      <trans-unit ${attributes}>
        <source>${source}</source>${target}${note}${footnotes.notes12('        ')}${commentNotes12(segment, '\n        ', options.convertSource)}
      </trans-unit>
`;
  });
  const files = project.originalFiles?.length
    ? project.originalFiles
    : [{ id: '', original: project.name, datatype: 'plaintext' }];
  const fileXml = unitsByFile(segments, units, files.length).map(([index, fileUnits]) => {
    const file = files[index] ?? { id: '', original: '', datatype: '' };
    // 1.2 files have no id: the reader keeps units apart by original, so it must be there.
    const original = file.original || file.id || `${index + 1}`;
    return `  <file original="${text(original)}" source-language="${text(options.srcLang)}" target-language="${text(project.targetLang)}" datatype="${text(file.datatype || 'plaintext')}">
    <body>
${fileUnits.join('')}    </body>
  </file>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
${fileXml.join('')}</xliff>
`;
}
