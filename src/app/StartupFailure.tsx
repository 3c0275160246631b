import { useEffect, useState } from 'react';
import { loadTranslation } from '../i18n/i18n';
import { detectUiLanguage } from '../i18n/languages';

/**
 * Shown when the database cannot be opened (private mode, blocked storage): i18next may not be
 * up yet, so the message is read from the locale file of the browser's language directly. Should
 * even that fail to download, the error is shown alone.
 */
export function StartupFailure({ error }: { error: unknown }) {
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadTranslation(detectUiLanguage(navigator.languages)).then(
      (translation) => current && setText(translation.app.startupFailed),
      () => current && setText(null),
    );
    return () => {
      current = false;
    };
  }, []);
  if (text === undefined) return null;
  return (
    <main className="startup-failure" role="alert">
      {text === null ? null : <p>{text}</p>}
      <pre>{error instanceof Error ? error.message : String(error)}</pre>
    </main>
  );
}
