import {
  defaultUntranslatedPolicy,
  isUntranslatedPolicy,
  type UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import { isScriptView, type ScriptView } from '../../domain/script/scriptView';
import { detectUiLanguage, isUiLanguage, type UiLanguage } from '../../i18n/languages';
import type { WorkspaceDb } from '../db';

export type SegmentField = 'translation' | 'notes';

/** Where the translator was in a project, restored on reload. */
export interface ViewState {
  activeSegmentId: string | null;
  activeField: SegmentField;
  scrollTop: number;
}

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const textSizes = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof textSizes)[number];

/** The side panel's tabs; later panels (memory, dictionary, checks, comments) add theirs. */
export const sidePanelTabs = [
  'glossary',
  'quality',
  'memory',
  'dictionary',
  'comments',
  'preview',
] as const;
export type SidePanelTab = (typeof sidePanelTabs)[number];

export const sidePanelWidths = { min: 280, max: 720, initial: 360 } as const;

/** The translator's choices that apply to every project. */
export interface Preferences {
  uiLanguage: UiLanguage;
  sourceScript: ScriptView;
  showReadings: boolean;
  /** Whether the side panel is open (the key predates the panel's other tabs). */
  showGlossary: boolean;
  sidePanelTab: SidePanelTab;
  sidePanelWidth: number;
  theme: Theme;
  textSize: TextSize;
  /** Notes in a column of their own instead of under the translation. */
  notesColumn: boolean;
  /** Written as the author of Word exports; empty for none. */
  translatorName: string;
  /** A confirmed segment's English goes, as Draft, to its empty repetitions. */
  propagateRepetitions: boolean;
  /** Memory matches scoring less (50–100 %) are not shown. */
  memoryMinScore: number;
}

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isTheme = isOneOf(themes);
export const isTextSize = isOneOf(textSizes);
export const isSidePanelTab = isOneOf(sidePanelTabs);

/**
 * How each preference is read back: a stored value that is not one the app could have written
 * (another version's, a damaged row, another script's) gives the default, never a crash or a
 * strange state. Adding a preference adds one line here.
 */
const preferenceReaders: {
  [K in keyof Preferences]: (value: unknown, browserLanguages: readonly string[]) => Preferences[K];
} = {
  uiLanguage: (value, browserLanguages) =>
    isUiLanguage(value) ? value : detectUiLanguage(browserLanguages),
  sourceScript: (value) => (isScriptView(value) ? value : 'original'),
  showReadings: (value) => value === true,
  showGlossary: (value) => value !== false,
  sidePanelTab: (value) => (isSidePanelTab(value) ? value : 'glossary'),
  sidePanelWidth: (value) =>
    typeof value === 'number' ? clampSidePanelWidth(value) : sidePanelWidths.initial,
  theme: (value) => (isTheme(value) ? value : 'system'),
  textSize: (value) => (isTextSize(value) ? value : 'medium'),
  notesColumn: (value) => value === true,
  propagateRepetitions: (value) => value !== false,
  memoryMinScore: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 50 && value <= 100
      ? value
      : 50,
  translatorName: (value) =>
    typeof value === 'string' ? value.slice(0, maxTranslatorNameLength) : '',
};

export const maxTranslatorNameLength = 200;

/** The preferences from whatever the settings table holds, each checked on its own. */
export function readPreferences(
  stored: Readonly<Record<string, unknown>>,
  browserLanguages: readonly string[],
): Preferences {
  const read = <K extends keyof Preferences>(key: K): Preferences[K] =>
    preferenceReaders[key](Object.hasOwn(stored, key) ? stored[key] : undefined, browserLanguages);
  return Object.fromEntries(
    (Object.keys(preferenceReaders) as (keyof Preferences)[]).map((key) => [key, read(key)]),
  ) as unknown as Preferences;
}

/** Every stored preference row's raw value, for `readPreferences`. */
export async function getStoredPreferences(db: WorkspaceDb): Promise<Record<string, unknown>> {
  const keys = Object.keys(preferenceReaders);
  const rows = await db.settings.bulkGet(keys);
  return Object.fromEntries(rows.flatMap((row) => (row ? [[row.key, row.value]] : [])));
}

export function clampSidePanelWidth(width: number): number {
  if (!Number.isFinite(width)) return sidePanelWidths.initial;
  return Math.round(Math.min(sidePanelWidths.max, Math.max(sidePanelWidths.min, width)));
}

/** Every setting with its type; a key not listed here cannot be read or written. */
export interface Settings extends Preferences {
  activeProjectId: string;
  defaultProjectImported: boolean;
}

export async function getSetting<K extends keyof Settings>(
  db: WorkspaceDb,
  key: K,
): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(
  db: WorkspaceDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

const viewStateKey = (projectId: string): string => `view:${projectId}`;

/**
 * The view is also mirrored synchronously in localStorage: a reload right after moving to a
 * segment may end the page before IndexedDB has written it. The newer of the two wins.
 */
const viewMirrorKey = (db: WorkspaceDb, projectId: string): string =>
  `view:${db.name}:${projectId}`;

export async function getViewState(db: WorkspaceDb, projectId: string): Promise<ViewState> {
  const row = await db.settings.get(viewStateKey(projectId));
  const stored = row?.value as (Partial<ViewState> & { savedAt?: number }) | undefined;
  const mirrored = readMirror(viewMirrorKey(db, projectId));
  const latest = mirrored && (mirrored.savedAt ?? 0) >= (stored?.savedAt ?? 0) ? mirrored : stored;
  return {
    activeSegmentId: typeof latest?.activeSegmentId === 'string' ? latest.activeSegmentId : null,
    activeField: latest?.activeField === 'notes' ? 'notes' : 'translation',
    scrollTop: typeof latest?.scrollTop === 'number' ? latest.scrollTop : 0,
  };
}

export async function setViewState(
  db: WorkspaceDb,
  projectId: string,
  state: ViewState,
): Promise<void> {
  const value = { ...state, savedAt: Date.now() };
  try {
    globalThis.localStorage?.setItem(viewMirrorKey(db, projectId), JSON.stringify(value));
  } catch {
    // A full or missing localStorage only loses the mirror; IndexedDB still gets the view.
  }
  await db.settings.put({ key: viewStateKey(projectId), value });
}

/** One-time notices about a project (the pinyin clean-up) the translator has dismissed. */
export type ProjectNotice = 'cleaned';

const noticeKey = (projectId: string, notice: ProjectNotice): string =>
  `notice:${notice}:${projectId}`;

export async function isNoticeDismissed(
  db: WorkspaceDb,
  projectId: string,
  notice: ProjectNotice,
): Promise<boolean> {
  const row = await db.settings.get(noticeKey(projectId, notice));
  return row?.value === true;
}

export async function dismissNotice(
  db: WorkspaceDb,
  projectId: string,
  notice: ProjectNotice,
): Promise<void> {
  await db.settings.put({ key: noticeKey(projectId, notice), value: true });
}

/** Forgets a project's view, in IndexedDB (inside the caller's transaction) and its mirror. */
export async function deleteViewState(db: WorkspaceDb, projectId: string): Promise<void> {
  try {
    globalThis.localStorage?.removeItem(viewMirrorKey(db, projectId));
  } catch {
    // No localStorage: there is no mirror to remove.
  }
  await db.settings.delete(viewStateKey(projectId));
  await db.settings.delete(noticeKey(projectId, 'cleaned'));
}

function readMirror(key: string): (Partial<ViewState> & { savedAt?: number }) | null {
  try {
    const text = globalThis.localStorage?.getItem(key);
    const value: unknown = text ? JSON.parse(text) : null;
    return value && typeof value === 'object' ? (value as Partial<ViewState>) : null;
  } catch {
    return null;
  }
}

const exportPolicyKey = (projectId: string): string => `exportPolicy:${projectId}`;

/**
 * What the translator last chose for the gaps in a publication of this project; the default
 * (gaps visible) when nothing, or something that is no policy, was stored.
 */
export async function getExportPolicy(
  db: WorkspaceDb,
  projectId: string,
): Promise<UntranslatedPolicy> {
  const row = await db.settings.get(exportPolicyKey(projectId));
  return isUntranslatedPolicy(row?.value) ? row.value : defaultUntranslatedPolicy;
}

export async function setExportPolicy(
  db: WorkspaceDb,
  projectId: string,
  policy: UntranslatedPolicy,
): Promise<void> {
  await db.settings.put({ key: exportPolicyKey(projectId), value: policy });
}

/** Forgets a project's export choice (inside the caller's transaction). */
export async function deleteExportPolicy(db: WorkspaceDb, projectId: string): Promise<void> {
  await db.settings.delete(exportPolicyKey(projectId));
}

export async function setPreference<K extends keyof Preferences>(
  db: WorkspaceDb,
  key: K,
  value: Preferences[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** A project's quality-check choices: issues ignored one by one (their keys), checks off. */
export interface QaSettings {
  ignored: string[];
  disabled: string[];
}

const qaSettingsKey = (projectId: string): string => `qa:${projectId}`;

const stringsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export async function getQaSettings(db: WorkspaceDb, projectId: string): Promise<QaSettings> {
  const row = await db.settings.get(qaSettingsKey(projectId));
  const value = row?.value as Partial<Record<keyof QaSettings, unknown>> | undefined;
  return { ignored: stringsIn(value?.ignored), disabled: stringsIn(value?.disabled) };
}

export async function setQaSettings(
  db: WorkspaceDb,
  projectId: string,
  settings: QaSettings,
): Promise<void> {
  await db.settings.put({ key: qaSettingsKey(projectId), value: settings });
}

/** Forgets a project's quality-check choices (inside the caller's transaction). */
export async function deleteQaSettings(db: WorkspaceDb, projectId: string): Promise<void> {
  await db.settings.delete(qaSettingsKey(projectId));
}

/** Changes a project's quality-check choices from their stored state, in one transaction. */
export async function updateQaSettings(
  db: WorkspaceDb,
  projectId: string,
  change: (settings: QaSettings) => QaSettings,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await setQaSettings(db, projectId, change(await getQaSettings(db, projectId)));
  });
}
