/**
 * npm run export -- INPUT --format xliff2|xliff12|tmx|html|md|docx|bilingual|project --out PATH
 *   [--script original|zh-Hans|zh-Hant-TW|zh-Hant-HK] [--untranslated omit|source|placeholder]
 *   [--translator NAME] [--empty-targets empty|source]
 *
 * --empty-targets source writes a copy of the source into the empty targets of an XLIFF export,
 * marked as not translated (state new / initial): OmegaT offers only units that have a target.
 *
 * --untranslated says what untranslated and draft segments become in HTML, Markdown and Word;
 * the default, placeholder, marks them, as the browser's export dialog does unless told otherwise.
 *
 * --format queries-csv|queries-html writes the query sheet for the client instead: the open
 * comments on the source, as the Comments panel's "Export queries" does (English words; the
 * other options do not apply). With no open comment it says so and writes nothing.
 *
 * INPUT is a project file (.json) or an XLIFF 2.x/1.2 file from any tool. The serializers are the
 * modules the browser uses, and the options default to the browser's defaults, so both write the
 * same bytes for the same project.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import en from '../../locales/en/translation.json';
import { catalogTranslate, exportContextFor } from '../domain/formats/exportContext';
import { exportProject, isExportFormat } from '../domain/formats/exportProject';
import { documentFromXliff } from '../domain/exchange/documentFromXliff';
import { readProjectFile } from '../domain/formats/projectFile/projectFile';
import { readXliff, type XliffProblem } from '../domain/formats/xliff/readXliff';
import { isEmptyTargets } from '../domain/formats/xliff/writeXliff2';
import { isQuerySheetFormat, querySheetFor } from '../domain/formats/querySheet/querySheet';
import { decodeXmlBytes } from '../domain/formats/xml/decodeXml';
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
  'usage: npm run export -- INPUT --format xliff2|xliff12|tmx|html|md|docx|bilingual|project|queries-csv|queries-html --out PATH ' +
  '[--script original|zh-Hans|zh-Hant-TW|zh-Hant-HK] [--untranslated omit|source|placeholder] ' +
  '[--translator NAME] [--empty-targets empty|source]';

/** `--format queries-csv` and `queries-html`: the query sheet rather than the project. */
const querySheetPrefix = 'queries-';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

export async function runExport(args: string[]): Promise<number> {
  const input = args.find(
    (arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'),
  );
  const format = option(args, 'format');
  const querySheet = format?.startsWith(querySheetPrefix)
    ? format.slice(querySheetPrefix.length)
    : undefined;
  const out = option(args, 'out');
  const script = option(args, 'script') ?? 'original';
  // Gaps stay visible by default, as in the browser's export dialog.
  const untranslated = option(args, 'untranslated') ?? defaultUntranslatedPolicy;
  // The Word file's author, as the browser's "Translator's name" preference.
  const translatorName = option(args, 'translator') ?? '';
  const emptyTargets = option(args, 'empty-targets') ?? 'empty';
  if (
    !input ||
    (args.includes('--translator') && (translatorName === '' || translatorName.startsWith('--'))) ||
    !out ||
    !(isExportFormat(format) || isQuerySheetFormat(querySheet)) ||
    !isScriptView(script) ||
    !isUntranslatedPolicy(untranslated) ||
    !isEmptyTargets(emptyTargets)
  ) {
    console.error(usage);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    // One line a person can act on, not a stack trace.
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    console.error(`${input}: cannot read the input (${reason})`);
    return 1;
  }
  const document = readInput(input, bytes);
  if (!document) return 1;
  if (isQuerySheetFormat(querySheet)) {
    const sheet = querySheetFor(
      document.segments,
      document.project,
      querySheet,
      catalogTranslate(en),
    );
    if (!sheet) {
      console.error(`${input}: ${en.comments.noOpenQueries} Nothing was written.`);
      return 1;
    }
    await writeFile(out, sheet.content);
    const exported = sheet.count === 1 ? en.comments.exported_one : en.comments.exported_other;
    console.log(`${out}: ${format}, ${exported.replace('{{count}}', String(sheet.count))}`);
    return 0;
  }
  if (!isExportFormat(format)) {
    console.error(usage);
    return 2;
  }
  const matcher = new TermMatcher(makeCharFold(await loadScriptConverter('zh-Hans')));
  matcher.setTerms(document.glossary);
  const entriesById = new Map(document.glossary.map((entry) => [entry.id, entry]));
  const context = await exportContextFor(
    document.project,
    { script, untranslated, translatorName, emptyTargets },
    { findTerms: (text) => matcher.find(text), entriesById },
    catalogTranslate(en),
  );
  const file = await exportProject(document, format, context);
  await writeFile(out, file.content);
  console.log(`${out}: ${format}, ${document.segments.length} segments`);
  return 0;
}

/** A project file, or an XLIFF file read as the browser's "Open as a new project" reads it. */
function readInput(path: string, bytes: Uint8Array): ProjectDocument | null {
  const decoded = decodeXmlBytes(bytes);
  if (!decoded.ok) {
    console.error(`${path}: ${describeProblem(decoded.problem)}`);
    return null;
  }
  const text = decoded.text;
  if (/^\s*</.test(text)) {
    const read = readXliff(text);
    if (read.ok) return documentFromXliff(read.file, { fileName: basename(path), now: 0 });
    console.error(`${path}: not a readable XLIFF file: ${describeProblem(read.problem)}`);
    return null;
  }
  const read = readProjectFile(text);
  if (read.ok) return read.document;
  console.error(`${path}: not a readable project file (${JSON.stringify(read.problem)})`);
  return null;
}

/** The problem in the words of the browser's message (English), without its "Nothing was…". */
function describeProblem(problem: XliffProblem): string {
  const { code, ...details } = problem;
  const template: string = en.import.xliffErrors[code];
  const values: Record<string, unknown> = { line: '?', column: '?', detail: '', ...details };
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
    .replace(/ Nothing was imported\.$/, '');
}

if (process.argv[1]?.endsWith('export.ts')) {
  try {
    process.exitCode = await runExport(process.argv.slice(2));
  } catch (error) {
    // An output that cannot be written, say: one line, not a stack trace.
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
