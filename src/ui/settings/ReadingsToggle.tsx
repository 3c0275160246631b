import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';

export function ReadingsToggle() {
  const { t } = useTranslation();
  const { showReadings, setPreference } = usePreferences();
  const id = useId();
  return (
    <div className="settings__field settings__field--inline">
      <input
        id={id}
        type="checkbox"
        checked={showReadings}
        onChange={(event) => setPreference('showReadings', event.target.checked)}
      />
      <label htmlFor={id}>{t('settings.showReadings')}</label>
    </div>
  );
}
