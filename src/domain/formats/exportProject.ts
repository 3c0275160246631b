import type { ProjectDocument } from '../project/projectDocument';
import { writeProjectFile } from './projectFile/projectFile';
import { writeBilingualHtml, type BilingualLabels } from './publication/writeBilingualHtml';
import { writeDocx } from './publication/writeDocx';
import { writeHtml } from './publication/writeHtml';
import { writeMarkdown } from './publication/writeMarkdown';
import type { UntranslatedPolicy } from './publication/publishableSegments';
import { projectMemoryUnits, writeTmx } from './tmx/writeTmx';
import { writeXliff12 } from './xliff/writeXliff12';
import { writeXliff2, type XliffExportOptions } from './xliff/writeXliff2';

import type { ExportFormat } from './exportFormats';

export { exportFormats, isExportFormat, type ExportFormat } from './exportFormats';

export interface ExportContext extends XliffExportOptions {
  untranslated: UntranslatedPolicy;
  placeholder: string;
  /** The translator's name, the Word file's author; empty for none. */
  author: string;
  bilingual: BilingualLabels;
}

export interface ExportedFile {
  suffix: string;
  mimeType: string;
  /** Text for every format but Word, which is a zip archive. */
  content: string | Uint8Array<ArrayBuffer>;
}

/**
 * Every export, for the browser and the command line alike: same input, same bytes. Asynchronous
 * because the Word writer loads its library first.
 */
export async function exportProject(
  document: ProjectDocument,
  format: ExportFormat,
  context: ExportContext,
): Promise<ExportedFile> {
  switch (format) {
    case 'xliff2':
      return {
        suffix: '.xlf',
        mimeType: 'application/xliff+xml',
        content: writeXliff2(document, context),
      };
    case 'xliff12':
      return {
        suffix: '.xliff12.xlf',
        mimeType: 'application/xliff+xml',
        content: writeXliff12(document, context),
      };
    case 'tmx':
      // The confirmed translations, as a memory other tools can reuse.
      return {
        suffix: '.tmx',
        mimeType: 'application/x-tmx+xml',
        content: writeTmx(projectMemoryUnits(document)),
      };
    case 'html':
      return {
        suffix: '.html',
        mimeType: 'text/html',
        content: writeHtml(document, context.untranslated, context.placeholder, context.author),
      };
    case 'md':
      return {
        suffix: '.md',
        mimeType: 'text/markdown',
        content: writeMarkdown(document, context.untranslated, context.placeholder, context.author),
      };
    case 'docx':
      return {
        suffix: '.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        content: await writeDocx(
          document,
          context.untranslated,
          context.placeholder,
          context.author,
        ),
      };
    case 'bilingual':
      return {
        suffix: '.bilingual.html',
        mimeType: 'text/html',
        content: writeBilingualHtml(document, context.bilingual, context),
      };
    case 'project':
      return { suffix: '.json', mimeType: 'application/json', content: writeProjectFile(document) };
  }
}
