import { isPartOfSpeech, isTermStatus } from '../../glossary/glossaryEntry';
import {
  maxGlossaryCharacters,
  type GlossaryImport,
  type GlossaryRecord,
} from '../../glossary/glossaryRecord';
import { formatDelimited, parseDelimited } from './parseDelimited';

const header = ['source', 'targets', 'status', 'part_of_speech', 'note'];

const columnAliases: Record<string, (typeof header)[number]> = {
  source: 'source',
  'source term': 'source',
  term: 'source',
  zh: 'source',
  'zh-hant': 'source',
  'zh-hans': 'source',
  chinese: 'source',
  target: 'targets',
  targets: 'targets',
  'target term': 'targets',
  en: 'targets',
  english: 'targets',
  status: 'status',
  part_of_speech: 'part_of_speech',
  'part of speech': 'part_of_speech',
  pos: 'part_of_speech',
  note: 'note',
  notes: 'note',
};

export function writeGlossaryCsv(records: readonly GlossaryRecord[]): string {
  return (
    '\uFEFF' +
    formatDelimited(
      [
        header,
        ...records.map((record) => [
          record.source,
          record.targets.join('; '),
          record.status,
          record.partOfSpeech ?? '',
          record.noteText,
        ]),
      ],
      ',',
    )
  );
}

/**
 * CSV or TSV (the first line decides: a tab makes it TSV) with a header row naming at least a
 * source and a target column; several targets in one cell are separated by `;` or `|`.
 */
export function readGlossaryCsv(text: string): GlossaryImport {
  if (text.length > maxGlossaryCharacters) return { ok: false, problem: { code: 'tooLarge' } };
  const content = text.replace(/^\uFEFF/, '');
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  if (content.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const parsed = parseDelimited(content, firstLine.includes('\t') ? '\t' : ',');
  if (!parsed.ok) return { ok: false, problem: { code: 'csvRow', line: parsed.line } };
  const [head = [], ...rows] = parsed.rows;
  const columns = head.map((name) => columnAliases[name.trim().toLowerCase()]);
  const sourceColumn = columns.indexOf('source');
  const targetColumn = columns.indexOf('targets');
  if (sourceColumn < 0 || targetColumn < 0) {
    return { ok: false, problem: { code: 'csvHeader', found: head.join(', ').slice(0, 80) } };
  }
  const cell = (row: string[], name: (typeof header)[number]) => {
    const column = columns.indexOf(name);
    return column < 0 ? '' : (row[column] ?? '').trim();
  };
  const records: GlossaryRecord[] = [];
  for (const [index, row] of rows.entries()) {
    const source = cell(row, 'source');
    const targets = cell(row, 'targets')
      .split(/[;|]/)
      .map((target) => target.trim())
      .filter(Boolean);
    if (!source || targets.length === 0) {
      return { ok: false, problem: { code: 'csvRow', line: index + 2 } };
    }
    const status = cell(row, 'status').toLowerCase();
    const partOfSpeech = cell(row, 'part_of_speech');
    records.push({
      source,
      targets,
      status: isTermStatus(status) ? status : 'preferred',
      partOfSpeech: isPartOfSpeech(partOfSpeech) ? partOfSpeech : null,
      noteText: cell(row, 'note'),
    });
  }
  return { ok: true, records };
}
