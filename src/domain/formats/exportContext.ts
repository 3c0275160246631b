import type { GlossaryEntry } from '../glossary/glossaryEntry';
import type { TermOccurrence } from '../glossary/TermMatcher';
import type { Project } from '../model/project';
import type { SegmentStatus } from '../model/segment';
import { loadScriptConverter } from '../script/convertScript';
import { languageTagOf, type ScriptView } from '../script/scriptView';
import type { ExportContext } from './exportProject';
import type { EmptyTargets } from './xliff/writeXliff2';
import type { UntranslatedPolicy } from './publication/publishableSegments';

/** The words exports write, in the interface language (English from the command line). */
export interface ExportLabels {
  placeholder: string;
  bilingualTitle: (projectName: string) => string;
  number: string;
  source: string;
  translation: string;
  notes: string;
  status: string;
  statusName: (status: SegmentStatus) => string;
}

/** What the translator chose: the script the source is shown in, what gaps become, their name. */
export interface ExportChoices {
  script: ScriptView;
  untranslated: UntranslatedPolicy;
  /** The Word file's author; blank leaves it out. */
  translatorName: string;
  /** XLIFF: what empty targets become (a copy of the source for OmegaT); empty by default. */
  emptyTargets?: EmptyTargets;
}

/** The project glossary as both the browser and the command line hold it. */
export interface ExportGlossary {
  findTerms: (text: string) => readonly TermOccurrence[];
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * Everything an export needs beyond the project document, built the same way for the browser
 * and the command line, so that both write the same bytes for the same choices.
 */
export async function buildExportContext(
  project: Pick<Project, 'name' | 'sourceLang' | 'details'>,
  choices: ExportChoices,
  glossary: ExportGlossary,
  labels: ExportLabels,
): Promise<ExportContext> {
  return {
    srcLang: languageTagOf(choices.script, project.sourceLang),
    convertSource: await loadScriptConverter(choices.script),
    termsIn: (source) => {
      // Each entry once, in the order its first occurrence comes in the text.
      const entries = new Map<string, GlossaryEntry>();
      for (const occurrence of glossary.findTerms(source)) {
        for (const id of occurrence.entryIds) {
          const entry = glossary.entriesById.get(id);
          if (entry && !entries.has(id)) entries.set(id, entry);
        }
      }
      return [...entries.values()];
    },
    emptyTargets: choices.emptyTargets ?? 'empty',
    untranslated: choices.untranslated,
    placeholder: labels.placeholder,
    // The project's own translator first; the preference (or --translator) stands in for it.
    author: project.details?.translator.trim() || choices.translatorName.trim(),
    bilingual: {
      title: labels.bilingualTitle(project.name),
      number: labels.number,
      source: labels.source,
      translation: labels.translation,
      notes: labels.notes,
      status: labels.status,
      statusName: labels.statusName,
    },
  };
}

/**
 * Looks up an interface string by key (`export.placeholder`, `status.draft`…), with `{{name}}`
 * values: i18next's `t` in the browser, `catalogTranslate(en)` on the command line.
 */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** The words exports write, from the locale file, the same keys for the browser and the CLI. */
export function exportLabels(translate: Translate): ExportLabels {
  return {
    placeholder: translate('export.placeholder'),
    bilingualTitle: (name) => translate('export.bilingualTitle', { name }),
    number: translate('segment.columns.number'),
    source: translate('segment.columns.source'),
    translation: translate('segment.columns.translation'),
    notes: translate('segment.columns.notes'),
    status: translate('segment.columns.status'),
    statusName: (status) => translate(`status.${status}`),
  };
}

/**
 * The one way the browser and `npm run export` build an export's context: the project (its
 * details), the translator's choices, the glossary and the locale's words. Both call this, so
 * the same project and choices give the same bytes by construction.
 */
export function exportContextFor(
  project: Pick<Project, 'name' | 'sourceLang' | 'details'>,
  choices: ExportChoices,
  glossary: ExportGlossary,
  translate: Translate,
): Promise<ExportContext> {
  return buildExportContext(project, choices, glossary, exportLabels(translate));
}

/** A `Translate` over a locale file's JSON, as i18next reads it (nested keys, `{{value}}`). */
export function catalogTranslate(catalog: unknown): Translate {
  return (key, values = {}) => {
    let found: unknown = catalog;
    for (const part of key.split('.')) {
      found =
        typeof found === 'object' && found !== null
          ? (found as Record<string, unknown>)[part]
          : undefined;
    }
    if (typeof found !== 'string') return key;
    return found.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
