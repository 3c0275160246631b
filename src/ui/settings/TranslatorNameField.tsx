import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { maxTranslatorNameLength } from '../../storage/repositories/settings';

/** Typing pauses this long before the name is saved; leaving the field saves at once. */
const saveDelayMs = 500;

/**
 * "Translator's name": the author of Word exports. Saved after a pause in typing, on leaving
 * the field and when the field goes away, not on every key: a preference change re-renders
 * everything that reads preferences.
 */
export function TranslatorNameField() {
  const { t } = useTranslation();
  const { translatorName, setPreference } = usePreferences();
  const [draft, setDraft] = useState(translatorName);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId();
  const hintId = useId();

  const save = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value !== null) setPreference('translatorName', value);
  }, [setPreference]);

  // Closing the menu the field sits in keeps what was typed.
  useEffect(() => save, [save]);

  return (
    <div className="field">
      <label htmlFor={id}>{t('publish.translatorName')}</label>
      <input
        id={id}
        type="text"
        autoComplete="name"
        maxLength={maxTranslatorNameLength}
        aria-describedby={hintId}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          pending.current = event.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(save, saveDelayMs);
        }}
        onBlur={save}
      />
      <p id={hintId} className="field__hint">
        {t('publish.translatorNameHint')}
      </p>
    </div>
  );
}
