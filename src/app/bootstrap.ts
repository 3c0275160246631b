import type { i18n as I18n } from 'i18next';
import { newProjectFromText } from '../domain/project/newProjectFromText';
import { createI18n, loadTranslation } from '../i18n/i18n';
import { detectUiLanguage } from '../i18n/languages';
import type { WorkspaceDb } from '../storage/db';
import { ensureDefaultProject, purgeDeletedProjects } from '../storage/repositories/projects';
import { getStoredPreferences, readPreferences } from '../storage/repositories/settings';
import type { Preferences } from './preferences';

export interface Boot {
  preferences: Preferences;
  i18n: I18n;
}

/** Everything the first render needs: the default project in place, preferences, translations. */
export async function bootstrap(
  db: WorkspaceDb,
  defaultSourceText: string,
  browserLanguages: readonly string[],
): Promise<Boot> {
  // The browser's language is usually the one kept in the settings: download its texts while
  // the database is read.
  void loadTranslation(detectUiLanguage(browserLanguages)).catch(() => undefined);
  await ensureDefaultProject(db, () => newProjectFromText(defaultSourceText));
  await purgeDeletedProjects(db);
  const preferences = readPreferences(await getStoredPreferences(db), browserLanguages);
  return { preferences, i18n: await createI18n(preferences.uiLanguage) };
}
