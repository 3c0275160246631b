import { resources } from '../i18n/i18n';
import { detectUiLanguage } from '../i18n/languages';

/**
 * Shown when the database cannot be opened (private mode, blocked storage): i18next may not be
 * up yet, so the message is read from the locale files directly.
 */
export function StartupFailure({ error }: { error: unknown }) {
  const language = detectUiLanguage(navigator.languages);
  const text = resources[language].translation.app.startupFailed;
  return (
    <main className="startup-failure" role="alert">
      <p>{text}</p>
      <pre>{error instanceof Error ? error.message : String(error)}</pre>
    </main>
  );
}
