import type { XliffFile } from '../formats/xliff/readXliff';
import { splitSentences } from '../import/splitSentences';
import { plainTextToRichText } from '../model/richTextToPlainText';
import type { ProjectDocument } from '../project/projectDocument';

const maxNameLength = 60;

/**
 * A project made from another tool's XLIFF: one segment per unit, keeping the unit ids (so a
 * later export goes back to that tool with the same ids), targets, notes and states, and the
 * glossary entries the file carries. The file's `<file>` elements and each unit's own id are
 * kept too, so that an export of a multi-file document gives every unit back to its file.
 */
export function documentFromXliff(
  file: XliffFile,
  options: { fileName: string; now: number },
): ProjectDocument {
  const name = (file.original || options.fileName).replace(/\.(xlf|xliff|sdlxliff)$/i, '');
  const projectId = 'xliff-import';
  return {
    project: {
      id: projectId,
      name: [...name.trim()].slice(0, maxNameLength).join('') || options.fileName,
      sourceLang: file.srcLang,
      targetLang: file.trgLang,
      segmentCount: file.units.length,
      cleaning: { readingsRemoved: 0, segmentsChanged: 0 },
      createdAt: options.now,
      updatedAt: options.now,
      originalFiles: file.files,
    },
    segments: file.units.map((unit, order) => ({
      id: unit.id,
      projectId,
      order,
      kind: unit.kind,
      ...(unit.type ? { type: unit.type } : {}),
      source: unit.source,
      readings: [],
      sentenceEnds: splitSentences(unit.source),
      translation: unit.translation,
      translationText: unit.translationText,
      notes: plainTextToRichText(unit.notesText),
      notesText: unit.notesText,
      status: unit.status,
      updatedAt: options.now,
      ...(unit.origin ? { origin: unit.origin } : {}),
      ...(unit.comments?.length ? { comments: unit.comments } : {}),
      ...(unit.sourceCodes.length > 0 ? { sourceCodes: unit.sourceCodes } : {}),
    })),
    glossary: file.glossary.map((record, index) => ({
      ...record,
      id: `g-${index + 1}`,
      projectId,
      note: plainTextToRichText(record.noteText),
      createdAt: options.now,
      updatedAt: options.now,
    })),
  };
}
