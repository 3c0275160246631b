import type { ScriptView } from '../../domain/script/scriptView';
import type { UiLanguage } from '../../i18n/languages';
import type { WorkspaceDb } from '../db';

export type SegmentField = 'translation' | 'notes';

/** Where the translator was in a project, restored on reload. */
export interface ViewState {
  activeSegmentId: string | null;
  activeField: SegmentField;
  scrollTop: number;
}

/** The translator's choices that apply to every project. */
export interface Preferences {
  uiLanguage: UiLanguage;
  sourceScript: ScriptView;
  showReadings: boolean;
  showGlossary: boolean;
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

export async function getViewState(db: WorkspaceDb, projectId: string): Promise<ViewState> {
  const row = await db.settings.get(viewStateKey(projectId));
  const stored = row?.value as Partial<ViewState> | undefined;
  return {
    activeSegmentId: typeof stored?.activeSegmentId === 'string' ? stored.activeSegmentId : null,
    activeField: stored?.activeField === 'notes' ? 'notes' : 'translation',
    scrollTop: typeof stored?.scrollTop === 'number' ? stored.scrollTop : 0,
  };
}

export async function setViewState(
  db: WorkspaceDb,
  projectId: string,
  state: ViewState,
): Promise<void> {
  await db.settings.put({ key: viewStateKey(projectId), value: state });
}

export async function setPreference<K extends keyof Preferences>(
  db: WorkspaceDb,
  key: K,
  value: Preferences[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
