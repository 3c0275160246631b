import type { i18n as I18n } from 'i18next';
import { newProjectFromText } from '../domain/project/newProjectFromText';
import { isScriptView } from '../domain/script/scriptView';
import { createI18n, loadTranslation } from '../i18n/i18n';
import { detectUiLanguage, isUiLanguage } from '../i18n/languages';
import type { WorkspaceDb } from '../storage/db';
import { ensureDefaultProject, purgeDeletedProjects } from '../storage/repositories/projects';
import {
  clampSidePanelWidth,
  getSetting,
  isSidePanelTab,
  isTextSize,
  isTheme,
  sidePanelWidths,
} from '../storage/repositories/settings';
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
  const [uiLanguage, sourceScript, showReadings, showGlossary, translatorName] = await Promise.all([
    getSetting(db, 'uiLanguage'),
    getSetting(db, 'sourceScript'),
    getSetting(db, 'showReadings'),
    getSetting(db, 'showGlossary'),
    getSetting(db, 'translatorName'),
  ]);
  const [sidePanelTab, sidePanelWidth, theme, textSize, notesColumn] = await Promise.all([
    getSetting(db, 'sidePanelTab'),
    getSetting(db, 'sidePanelWidth'),
    getSetting(db, 'theme'),
    getSetting(db, 'textSize'),
    getSetting(db, 'notesColumn'),
  ]);
  const propagateRepetitions = await getSetting(db, 'propagateRepetitions');
  const preferences: Preferences = {
    uiLanguage: isUiLanguage(uiLanguage) ? uiLanguage : detectUiLanguage(browserLanguages),
    sourceScript: isScriptView(sourceScript) ? sourceScript : 'original',
    showReadings: showReadings === true,
    showGlossary: showGlossary !== false,
    sidePanelTab: isSidePanelTab(sidePanelTab) ? sidePanelTab : 'glossary',
    sidePanelWidth:
      typeof sidePanelWidth === 'number'
        ? clampSidePanelWidth(sidePanelWidth)
        : sidePanelWidths.initial,
    theme: isTheme(theme) ? theme : 'system',
    textSize: isTextSize(textSize) ? textSize : 'medium',
    notesColumn: notesColumn === true,
    translatorName: typeof translatorName === 'string' ? translatorName : '',
    propagateRepetitions: propagateRepetitions !== false,
  };
  return { preferences, i18n: await createI18n(preferences.uiLanguage) };
}
