import type { ProjectDocument } from '../../project/projectDocument';
import { xmlText as text } from '../xml/escapeXml';
import { inlineMarkup, xliff12Inline } from './inlineMarkup';
import type { XliffExportOptions } from './writeXliff2';
import { revisionPrefix12 } from './revision';
import { xliff12StateOf } from './xliffStates';

/** XLIFF 1.2 (strict schema) for tools that read only 1.2: one <trans-unit> per paragraph. */
export function writeXliff12(
  document: ProjectDocument,
  options: Pick<XliffExportOptions, 'srcLang' | 'convertSource'>,
): string {
  const { project, segments } = document;
  const units = segments.map((segment) => {
    const attributes = [
      `id="${text(segment.id)}"`,
      segment.status === 'do-not-translate' ? 'translate="no"' : '',
      segment.kind === 'heading' ? 'restype="x-heading"' : '',
      segment.status === 'reviewed' ? 'approved="yes"' : '',
      `extradata="${revisionPrefix12}${segment.updatedAt}"`,
    ]
      .filter(Boolean)
      .join(' ');
    const target = segment.translationText.trim()
      ? `\n        <target state="${xliff12StateOf[segment.status]}">${inlineMarkup(segment.translation, xliff12Inline)}</target>`
      : '';
    const note = segment.notesText.trim()
      ? `\n        <note>${text(segment.notesText)}</note>`
      : '';
    return `      <trans-unit ${attributes}>
        <source>${text(options.convertSource(segment.source))}</source>${target}${note}
      </trans-unit>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="${text(project.name)}" source-language="${text(options.srcLang)}" target-language="${text(project.targetLang)}" datatype="plaintext">
    <body>
${units.join('')}    </body>
  </file>
</xliff>
`;
}
