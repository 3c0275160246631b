import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { addUiLanguage } from '../i18n/i18n';
import type { WorkspaceDb } from '../storage/db';
import { setPreference as storePreference } from '../storage/repositories/settings';
import { Shell } from '../ui/Shell';
import type { Boot } from './bootstrap';
import { PreferencesContext, type Preferences, type PreferencesContextValue } from './preferences';
import { WorkspaceDbContext } from './WorkspaceDbContext';

export function App({ db, boot }: { db: WorkspaceDb; boot: Boot }) {
  return (
    <AppProviders db={db} boot={boot}>
      <Shell />
    </AppProviders>
  );
}

/** Translations, the database and the preferences, for the app and for component tests. */
export function AppProviders({
  db,
  boot,
  children,
}: {
  db: WorkspaceDb;
  boot: Boot;
  children: ReactNode;
}) {
  const [preferences, setPreferences] = useState<Preferences>(boot.preferences);
  const [preferenceFailure, setPreferenceFailure] =
    useState<PreferencesContextValue['preferenceFailure']>(null);
  const { i18n } = boot;

  const setPreference = useCallback(
    <K extends keyof Preferences>(key: K, value: Preferences[K]) => {
      setPreferences((current) => ({ ...current, [key]: value }));
      // The choice applies at once either way; a failed write only means it is not kept, and
      // the shell says so (PreferenceFailureNotice).
      storePreference(db, key, value).catch((error: unknown) =>
        setPreferenceFailure({
          detail: error instanceof Error ? error.message || error.name : String(error),
          at: performance.now(),
        }),
      );
    },
    [db],
  );

  // Another language's texts are downloaded before switching to it; of quick successive
  // choices, the last one wins.
  useEffect(() => {
    const language = preferences.uiLanguage;
    let current = true;
    addUiLanguage(i18n, language).then(
      () => {
        if (!current) return;
        void i18n.changeLanguage(language);
        document.documentElement.lang = language;
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [i18n, preferences.uiLanguage]);

  // Theme and text size are set on the root, where the style sheet's variables live.
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = preferences.theme;
    root.dataset.textSize = preferences.textSize;
  }, [preferences.theme, preferences.textSize]);

  const preferencesValue = useMemo<PreferencesContextValue>(
    () => ({ ...preferences, setPreference, preferenceFailure }),
    [preferences, setPreference, preferenceFailure],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <WorkspaceDbContext value={db}>
        <PreferencesContext value={preferencesValue}>{children}</PreferencesContext>
      </WorkspaceDbContext>
    </I18nextProvider>
  );
}
