import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { isScriptView, scriptViews } from '../../domain/script/scriptView';

export function SourceScriptSelect() {
  const { t } = useTranslation();
  const { sourceScript, setPreference } = usePreferences();
  const id = useId();
  return (
    <div className="topbar__field">
      <label htmlFor={id}>{t('settings.sourceScript')}</label>
      <select
        id={id}
        value={sourceScript}
        onChange={(event) => {
          if (isScriptView(event.target.value)) setPreference('sourceScript', event.target.value);
        }}
      >
        {scriptViews.map((view) => (
          <option key={view} value={view}>
            {t(`settings.scripts.${view}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
