/**
 * npm run export -- INPUT --format xliff2|xliff12|tmx|html|md|docx|bilingual|project --out PATH
 *   [--script original|zh-Hans|zh-Hant-TW|zh-Hant-HK] [--untranslated omit|source|placeholder]
 *   [--translator NAME]
 *
 * --untranslated says what untranslated and draft segments become in HTML, Markdown and Word;
 * the default, placeholder, marks them, as the browser's export dialog does unless told otherwise.
 *
 * INPUT is a project file (.json) or an XLIFF 2.x/1.2 file from any tool. The serializers are the
 * modules the browser uses, and the options default to the browser's defaults, so both write the
 * same bytes for the same project.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import en from '../../locales/en/translation.json';
import { buildExportContext } from '../domain/formats/exportContext';
import { exportProject, isExportFormat } from '../domain/formats/exportProject';
import { documentFromXliff } from '../domain/exchange/documentFromXliff';
import { readProjectFile } from '../domain/formats/projectFile/projectFile';
import { readXliff } from '../domain/formats/xliff/readXliff';
import type { ProjectDocument } from '../domain/project/projectDocument';
import {
  defaultUntranslatedPolicy,
  isUntranslatedPolicy,
} from '../domain/formats/publication/publishableSegments';
import { makeCharFold } from '../domain/glossary/charFold';
import { TermMatcher } from '../domain/glossary/TermMatcher';
import { loadScriptConverter } from '../domain/script/convertScript';
import { isScriptView } from '../domain/script/scriptView';

const usage =
  'usage: npm run export -- INPUT --format xliff2|xliff12|tmx|html|md|docx|bilingual|project --out PATH ' +
  '[--script original|zh-Hans|zh-Hant-TW|zh-Hant-HK] [--untranslated omit|source|placeholder] ' +
  '[--translator NAME]';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

export async function runExport(args: string[]): Promise<number> {
  const input = args.find(
    (arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'),
  );
  const format = option(args, 'format');
  const out = option(args, 'out');
  const script = option(args, 'script') ?? 'original';
  // Gaps stay visible by default, as in the browser's export dialog.
  const untranslated = option(args, 'untranslated') ?? defaultUntranslatedPolicy;
  // The Word file's author, as the browser's "Translator's name" preference.
  const translatorName = option(args, 'translator') ?? '';
  if (
    !input ||
    (args.includes('--translator') && (translatorName === '' || translatorName.startsWith('--'))) ||
    !out ||
    !isExportFormat(format) ||
    !isScriptView(script) ||
    !isUntranslatedPolicy(untranslated)
  ) {
    console.error(usage);
    return 2;
  }
  const document = readInput(input, await readFile(input, 'utf8'));
  if (!document) return 1;
  const matcher = new TermMatcher(makeCharFold(await loadScriptConverter('zh-Hans')));
  matcher.setTerms(document.glossary);
  const entriesById = new Map(document.glossary.map((entry) => [entry.id, entry]));
  const context = await buildExportContext(
    document.project,
    { script, untranslated, translatorName },
    { findTerms: (text) => matcher.find(text), entriesById },
    {
      placeholder: en.export.placeholder,
      bilingualTitle: (name) => en.export.bilingualTitle.replace('{{name}}', () => name),
      number: en.segment.columns.number,
      source: en.segment.columns.source,
      translation: en.segment.columns.translation,
      notes: en.segment.columns.notes,
      status: en.segment.columns.status,
      statusName: (status) => en.status[status],
    },
  );
  const file = await exportProject(document, format, context);
  await writeFile(out, file.content);
  console.log(`${out}: ${format}, ${document.segments.length} segments`);
  return 0;
}

/** A project file, or an XLIFF file read as the browser's "Open as a new project" reads it. */
function readInput(path: string, text: string): ProjectDocument | null {
  if (/^\uFEFF?\s*</.test(text)) {
    const read = readXliff(text);
    if (read.ok) return documentFromXliff(read.file, { fileName: basename(path), now: 0 });
    console.error(`${path}: not a readable XLIFF file (${JSON.stringify(read.problem)})`);
    return null;
  }
  const read = readProjectFile(text);
  if (read.ok) return read.document;
  console.error(`${path}: not a readable project file (${JSON.stringify(read.problem)})`);
  return null;
}

if (process.argv[1]?.endsWith('export.ts'))
  process.exitCode = await runExport(process.argv.slice(2));
